package dev.asyncify.benchmarks;

import dev.asyncify.runtime.Tasks;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 2: {@code calls} concurrent blocking calls of 20 ms each, through a generated facade on
 * the default executor. The wall time of one fan-out over 20 ms is how far it is from the floor.
 * The bounded alternatives are in {@link BoundedFanOutBenchmark}, virtual threads written by hand
 * in {@link VirtualThreadFanOutBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class FanOutBenchmark {

  @Param({"10", "100", "1000", "10000"})
  public int calls;

  private final SleeperAsync facade = SleeperAsync.of(Sleeper.blocking());

  @Benchmark
  public List<Integer> asyncifyDefaultExecutor() {
    List<CompletableFuture<Integer>> futures = new ArrayList<>(calls);
    for (int i = 0; i < calls; i++) {
      futures.add(facade.call(i));
    }
    return Tasks.gather(futures).join();
  }
}
