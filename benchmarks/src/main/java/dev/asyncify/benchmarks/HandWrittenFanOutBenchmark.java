package dev.asyncify.benchmarks;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 2, by hand: supplyAsync on the best executor for blocking calls a user can write, to
 * hold the facade's default executor against. {@code cachedPool}: a cached pool of daemon threads,
 * on any Java. {@code virtualThreads}: {@code Executors.newVirtualThreadPerTaskExecutor()}, Java 21
 * and later only ({@code benchmarks/run} leaves it out before), reached reflectively because this
 * module compiles for Java 17.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class HandWrittenFanOutBenchmark {

  @Param({"10", "100", "1000", "10000"})
  public int calls;

  @Param({"cachedPool", "virtualThreads"})
  public String executor;

  private final Sleeper sleeper = Sleeper.blocking();
  private ExecutorService pool;

  @Setup
  public void setUp() throws ReflectiveOperationException {
    pool =
        executor.equals("virtualThreads")
            ? (ExecutorService)
                Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null)
            : Executors.newCachedThreadPool(
                task -> {
                  Thread thread = new Thread(task);
                  thread.setDaemon(true);
                  return thread;
                });
  }

  @TearDown
  public void tearDown() {
    pool.shutdownNow();
  }

  @Benchmark
  public List<Integer> supplyAsync() {
    return FanOuts.startThenJoin(
        calls, index -> CompletableFuture.supplyAsync(() -> FanOuts.call(sleeper, index), pool));
  }
}
