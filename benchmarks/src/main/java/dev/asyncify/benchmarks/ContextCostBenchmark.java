package dev.asyncify.benchmarks;

import dev.asyncify.runtime.ContextCarrier;
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
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The price of what users can switch on, per facade call, measured as in {@link
 * CallOverheadBenchmark} (the task runs on the calling thread): context carriers, here N registered
 * ThreadLocals captured and restored around each call, and caller traces, which fill in a stack for
 * every call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ContextCostBenchmark {

  /** A facade with {@code carriers} ThreadLocal carriers registered, each holding a value. */
  @State(Scope.Benchmark)
  public static class Carried {
    @Param({"0", "1", "4"})
    public int carriers;

    final EchoAsync facade = EchoAsync.of(value -> value * 2, CallOverheadBenchmark.CALLER_RUNS);
    private final List<ContextCarrier.Registration> registrations = new ArrayList<>();

    @Setup
    public void setUp() {
      for (int i = 0; i < carriers; i++) {
        ThreadLocal<String> local = new ThreadLocal<>();
        local.set("request-" + i);
        registrations.add(ContextCarrier.register(local));
      }
    }

    @TearDown
    public void tearDown() {
      registrations.forEach(ContextCarrier.Registration::close);
    }
  }

  /** A facade in a JVM started with caller traces on. */
  @State(Scope.Benchmark)
  public static class Traced {
    final EchoAsync facade = EchoAsync.of(value -> value * 2, CallOverheadBenchmark.CALLER_RUNS);
  }

  @Benchmark
  public CompletableFuture<Integer> carriers(Carried state) {
    return state.facade.twice(21);
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = "-Dasyncify.callerTraces=true")
  public CompletableFuture<Integer> callerTraces(Traced state) {
    return state.facade.twice(21);
  }
}
