package dev.asyncify.benchmarks;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
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
 * Scenario 2, the alternatives a user would reach for: {@code supplyAsync} with no executor; the
 * common pool itself, which is what {@code supplyAsync} uses on 3 or more cores; and a Spring
 * Boot-style pool of 8 threads.
 *
 * <p>On fewer than 3 cores the common pool's parallelism is below 2, and CompletableFuture then
 * swaps it for a new thread per task, even when the pool is passed by name: so {@link
 * #forkJoinCommonPool()} hands each call to the pool directly. The bounded pools' wall time grows
 * with {@code calls} over the pool size, so 10,000 calls (200 s and 25 s per fan-out on 2 cores)
 * are left out; the report gives the arithmetic.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class BoundedFanOutBenchmark {

  @Param({"10", "100", "1000"})
  public int calls;

  private final Sleeper sleeper = Sleeper.blocking();
  private ExecutorService poolOfEight;

  @Setup
  public void setUp() {
    poolOfEight = new ThreadPoolExecutor(8, 8, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
  }

  @TearDown
  public void tearDown() {
    poolOfEight.shutdownNow();
  }

  @Benchmark
  public List<Integer> supplyAsyncDefault() {
    return FanOuts.startThenJoin(
        calls, index -> CompletableFuture.supplyAsync(() -> FanOuts.call(sleeper, index)));
  }

  @Benchmark
  public List<Integer> forkJoinCommonPool() {
    return FanOuts.startThenJoin(
        calls,
        index -> {
          CompletableFuture<Integer> future = new CompletableFuture<>();
          ForkJoinPool.commonPool().execute(() -> future.complete(FanOuts.call(sleeper, index)));
          return future;
        });
  }

  @Benchmark
  public List<Integer> poolOfEight() {
    return FanOuts.startThenJoin(
        calls,
        index -> CompletableFuture.supplyAsync(() -> FanOuts.call(sleeper, index), poolOfEight));
  }
}
