package dev.asyncify.benchmarks;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import dev.asyncify.runtime.Tasks;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 3: gathering {@code inputs} futures that are already complete into a future of their
 * list: {@code Tasks.gather}, {@code CompletableFuture.allOf} then a join of each, and Guava's
 * {@code Futures.allAsList}. With {@code failure=last}, the last input has failed. The report
 * divides by {@code inputs}: nanoseconds per future.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class GatherBenchmark {

  @Param({"4", "100", "10000", "1000000"})
  public int inputs;

  @Param({"none", "last"})
  public String failure;

  private List<CompletableFuture<Integer>> completable;
  private CompletableFuture<?>[] completableArray;
  private List<ListenableFuture<Integer>> listenable;

  @Setup
  public void setUp() {
    completable = new ArrayList<>(inputs);
    listenable = new ArrayList<>(inputs);
    RuntimeException thrown = new IllegalStateException("the last input failed");
    for (int i = 0; i < inputs; i++) {
      boolean fails = failure.equals("last") && i == inputs - 1;
      completable.add(
          fails ? CompletableFuture.failedFuture(thrown) : CompletableFuture.completedFuture(i));
      listenable.add(fails ? Futures.immediateFailedFuture(thrown) : Futures.immediateFuture(i));
    }
    completableArray = completable.toArray(CompletableFuture<?>[]::new);
  }

  @Benchmark
  public CompletableFuture<List<Integer>> asyncifyGather() {
    return Tasks.gather(completable);
  }

  @Benchmark
  public CompletableFuture<List<Integer>> allOfThenJoin() {
    return CompletableFuture.allOf(completableArray)
        .thenApply(
            done -> {
              List<Integer> values = new ArrayList<>(completable.size());
              completable.forEach(future -> values.add(future.join()));
              return values;
            });
  }

  @Benchmark
  public Future<List<Integer>> guavaAllAsList() {
    return Futures.allAsList(listenable);
  }
}
