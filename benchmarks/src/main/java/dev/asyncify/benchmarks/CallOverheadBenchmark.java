package dev.asyncify.benchmarks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
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
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Scenario 1: the cost of one call, with an executor that runs the task on the calling thread, so
 * that only the dispatch is measured: the generated facade, hand-written supplyAsync, a reflective
 * Proxy, and Spring's {@code @Async}. With {@code outcome=throws}, the delegate throws a
 * preallocated exception, so that the failure path is measured, not the making of an exception.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CallOverheadBenchmark {

  static final Executor CALLER_RUNS = Runnable::run;

  @SuppressWarnings("StaticAssignmentOfThrowable") // made once: its cost is not what is measured
  static final RuntimeException FAILURE = new PreallocatedFailure();

  /** A failure without a stack trace, made once. */
  static final class PreallocatedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PreallocatedFailure() {
      super("benchmark failure", null, false, false);
    }
  }

  @Param({"returns", "throws"})
  public String outcome;

  private int value = 21;
  private boolean throwing;

  /** Written on the failure path, so that the check is not optimized away. */
  public boolean failed;

  private Echo delegate;
  private EchoAsync facade;
  private RetriedEchoAsync retried;
  private EchoAsync proxy;
  private SpringEcho spring;
  private AnnotationConfigApplicationContext context;

  @Setup
  public void setUp() {
    throwing = outcome.equals("throws");
    delegate =
        outcome.equals("returns")
            ? value -> value * 2
            : value -> {
              throw FAILURE;
            };
    facade = EchoAsync.of(delegate, CALLER_RUNS);
    retried = RetriedEchoAsync.of(delegate::twice, CALLER_RUNS);
    proxy = ReflectiveFacade.of(EchoAsync.class, Echo.class, delegate, CALLER_RUNS);
    context = new AnnotationConfigApplicationContext();
    context.registerBean(SpringEcho.class, () -> new SpringEcho(delegate));
    context.register(SpringAsyncConfig.class);
    context.refresh();
    spring = context.getBean(SpringEcho.class);
  }

  @TearDown
  public void tearDown() {
    context.close();
  }

  @Benchmark
  public CompletableFuture<Integer> facade() {
    return checked(facade.twice(value));
  }

  /** The same call through a facade whose method has a {@code @Retry}. */
  @Benchmark
  public CompletableFuture<Integer> facadeWithRetry() {
    return checked(retried.twice(value));
  }

  @Benchmark
  public CompletableFuture<Integer> handWritten() {
    return checked(CompletableFuture.supplyAsync(() -> delegate.twice(value), CALLER_RUNS));
  }

  @Benchmark
  public CompletableFuture<Integer> reflectiveProxy() {
    return checked(proxy.twice(value));
  }

  @Benchmark
  public CompletableFuture<Integer> springAsync() {
    return checked(spring.twice(value));
  }

  /**
   * On the failure path, looks at the failure as a caller would, the same way for every variant: a
   * failure nobody looks at is a bug that asyncify reports, which is not what this measures.
   */
  private CompletableFuture<Integer> checked(CompletableFuture<Integer> future) {
    if (throwing) {
      failed = future.isCompletedExceptionally();
    }
    return future;
  }

  /** Spring's {@code @Async} on the same executor. */
  @Configuration
  @EnableAsync
  public static class SpringAsyncConfig implements AsyncConfigurer {
    @Override
    public Executor getAsyncExecutor() {
      TaskExecutor callerRuns = CALLER_RUNS::execute;
      return callerRuns;
    }
  }

  /** The bean Spring proxies: its method is what a user would write for {@code @Async}. */
  public static class SpringEcho {
    private final Echo delegate;

    public SpringEcho(Echo delegate) {
      this.delegate = delegate;
    }

    @Async
    public CompletableFuture<Integer> twice(int value) {
      return CompletableFuture.completedFuture(delegate.twice(value));
    }
  }
}
