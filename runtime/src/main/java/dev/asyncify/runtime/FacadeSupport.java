package dev.asyncify.runtime;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the code the asyncify processor generates builds on: <strong>not API</strong>. Nothing here
 * is meant for hand-written code, and it may change in any release without notice; it is public,
 * and exported by the module, only so that facades generated into users' packages and modules can
 * use it, as Dagger's {@code dagger.internal} is.
 *
 * <p>A facade method subclasses one of these anonymously, capturing its arguments, so that one
 * object is at once the call's future, the task handed to the executor and its arguments: the same
 * contract as {@link Tasks#spawn(java.util.concurrent.Callable, Executor)} for a call that returns
 * a value, and {@link Tasks#spawnStage} for one that returns a stage, for one allocation.
 *
 * <p>{@code call()} returns {@code Object}, or a stage of anything, so that the generated body
 * names no type of the user's: inside a subclass of CompletableFuture, the member types it inherits
 * ({@code Future.State} on Java 19 and later) would shadow a user's type of that name. The
 * generated code is what makes the value a {@code T}.
 */
public final class FacadeSupport {

  private FacadeSupport() {}

  /**
   * A facade call whose blocking method returns a value (or nothing: {@code Void} and null).
   *
   * @param <T> the type of the value
   */
  public abstract static class Call<T extends @Nullable Object> extends TaskFuture<T> {

    /** For generated subclasses; captures the calling thread's context. */
    protected Call() {}

    /**
     * Calls the blocking method.
     *
     * @return its result, a {@code T}
     * @throws Exception what it threw, which the future then fails with as is
     */
    protected abstract Object call() throws Exception;

    @Override
    @SuppressWarnings("unchecked") // the generated subclass returns what its facade method declares
    final boolean runBody() throws Exception {
      return complete((T) call());
    }

    /**
     * Hands this call to {@code executor}; a refusal fails the future instead of throwing.
     *
     * @param executor where the call runs
     * @return this call's future
     */
    public final CompletableFuture<T> startOn(Executor executor) {
      return start(executor);
    }
  }

  /**
   * A facade call whose blocking method returns a stage, which the future then follows.
   *
   * @param <T> the type of the stage's value
   */
  public abstract static class StageCall<T extends @Nullable Object>
      extends TaskFuture.StageTask<T> {

    /** For generated subclasses; captures the calling thread's context. */
    protected StageCall() {}

    /**
     * Calls the blocking method.
     *
     * @return the stage it returned, of a {@code T}
     * @throws Exception what it threw, which the future then fails with as is
     */
    protected abstract CompletionStage<?> call() throws Exception;

    @Override
    @SuppressWarnings("unchecked") // the generated subclass returns what its facade method declares
    final CompletionStage<? extends T> stage() throws Exception {
      return (CompletionStage<? extends T>) call();
    }

    /**
     * Hands this call to {@code executor}; a refusal fails the future instead of throwing.
     *
     * @param executor where the call runs
     * @return this call's future
     */
    public final CompletableFuture<T> startOn(Executor executor) {
      return start(executor);
    }
  }

  /**
   * The policies of a facade method, from its {@code @Timeout}, {@code @Retry} and {@code @Limit}
   * (or its interface's): made once per facade, applied to each call. In order, from the inside: a
   * timeout per attempt, inside the retrying, inside the limit.
   */
  public static final class Policy {
    private final @Nullable Duration timeout;
    private final int attempts;
    private final Duration delay;
    private final double backoff;
    private final List<Class<?>> retryOn;
    private final List<Class<?>> abortOn;
    private final @Nullable Limiter limiter;
    private final Scheduler scheduler;

    private Policy(Builder builder) {
      this.timeout = builder.timeout;
      this.attempts = builder.attempts;
      this.delay = builder.delay;
      this.backoff = builder.backoff;
      this.retryOn = List.copyOf(builder.retryOn);
      this.abortOn = List.copyOf(builder.abortOn);
      this.limiter = builder.limiter;
      this.scheduler = builder.scheduler;
    }

    /**
     * A policy whose timers run on {@code scheduler}; with nothing set, a call runs once, as
     * without a policy.
     *
     * @param scheduler where timeouts and the waits between attempts are timed
     * @return a builder
     */
    public static Builder builder(Scheduler scheduler) {
      return new Builder(Objects.requireNonNull(scheduler, "scheduler"));
    }

    /**
     * Runs a call under this policy.
     *
     * @param attempt makes one attempt, a fresh call of the delegate: a {@link Call} or {@link
     *     StageCall} not yet started, which the policy starts on {@code executor} once it listens
     *     to it (so that a failure on a caller-runs executor is never taken for one nobody saw);
     *     any other future is taken as started already
     * @param executor where the attempts run
     * @param <T> the type of the call's value
     * @return the call's future: cancelling it stops the retrying and cancels the attempt running
     */
    public <T extends @Nullable Object> CompletableFuture<T> call(
        Supplier<? extends CompletableFuture<T>> attempt, Executor executor) {
      PolicyRun<T> run = new PolicyRun<>(this, attempt, executor);
      if (limiter == null) {
        run.start();
      } else {
        limiter.admit(run);
      }
      return run;
    }

    @Nullable Duration timeout() {
      return timeout;
    }

    int attempts() {
      return attempts;
    }

    Scheduler scheduler() {
      return scheduler;
    }

    /** Whether {@code failure} is retried: one of retryOn, and none of abortOn. */
    boolean retries(Throwable failure) {
      return retryOn.stream().anyMatch(type -> type.isInstance(failure))
          && abortOn.stream().noneMatch(type -> type.isInstance(failure));
    }

    /** How long to wait before attempt number {@code attempt} (2 for the first retry). */
    Duration delayBefore(int attempt) {
      double nanos = delay.toNanos() * Math.pow(backoff, attempt - 2);
      return Duration.ofNanos(nanos >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) nanos);
    }

    /** Sets up a {@link Policy}. */
    public static final class Builder {
      private final Scheduler scheduler;
      private @Nullable Duration timeout;
      private int attempts = 1;
      private Duration delay = Duration.ZERO;
      private double backoff = 1;
      private List<Class<?>> retryOn = List.of();
      private List<Class<?>> abortOn = List.of();
      private @Nullable Limiter limiter;

      private Builder(Scheduler scheduler) {
        this.scheduler = scheduler;
      }

      /**
       * Each attempt fails with a TimeoutException after {@code timeout}, cancelled first.
       *
       * @param timeout positive
       * @return this builder
       */
      public Builder timeout(Duration timeout) {
        this.timeout = positive(timeout, "timeout");
        return this;
      }

      /**
       * Up to {@code attempts} calls in all, waiting {@code delay} before the second and {@code
       * backoff} times longer before each next one.
       *
       * @param attempts at least 1
       * @param delay not negative
       * @param backoff at least 1
       * @return this builder
       */
      public Builder retry(int attempts, Duration delay, double backoff) {
        if (attempts < 1 || delay.isNegative() || !(backoff >= 1)) {
          throw new IllegalArgumentException(
              "attempts " + attempts + ", delay " + delay + ", backoff " + backoff);
        }
        this.attempts = attempts;
        this.delay = delay;
        this.backoff = backoff;
        return this;
      }

      /**
       * The failures that are retried.
       *
       * @param types Throwable types
       * @return this builder
       */
      public Builder retryOn(Class<?>... types) {
        this.retryOn = throwableTypes(types);
        return this;
      }

      /**
       * The failures that are never retried.
       *
       * @param types Throwable types
       * @return this builder
       */
      public Builder abortOn(Class<?>... types) {
        this.abortOn = throwableTypes(types);
        return this;
      }

      /**
       * Calls wait for a permit of {@code limiter} before they start, and hold it until they end.
       *
       * @param limiter shared by the methods that share a limit
       * @return this builder
       */
      public Builder limit(Limiter limiter) {
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        return this;
      }

      /**
       * The policy.
       *
       * @return a new policy
       */
      public Policy build() {
        return new Policy(this);
      }

      private static Duration positive(Duration duration, String what) {
        if (duration.isNegative() || duration.isZero()) {
          throw new IllegalArgumentException(what + " must be positive: " + duration);
        }
        return duration;
      }

      private static List<Class<?>> throwableTypes(Class<?>... types) {
        for (Class<?> type : types) {
          if (!Throwable.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(type + " is not a Throwable");
          }
        }
        return List.of(types);
      }
    }
  }

  /**
   * The permits of one {@code @Limit}: at most that many calls run at once, the others wait in the
   * order they came, and nobody blocks. A call waiting for a permit that is cancelled leaves the
   * queue when its turn comes.
   */
  public static final class Limiter {
    private final Object lock = new Object();
    private int available; // guarded by lock
    private final ArrayDeque<PolicyRun<?>> waiting = new ArrayDeque<>(); // guarded by lock

    /**
     * A limit of {@code permits} calls at once.
     *
     * @param permits at least 1
     */
    public Limiter(int permits) {
      if (permits < 1) {
        throw new IllegalArgumentException("a limit must be at least 1: " + permits);
      }
      this.available = permits;
    }

    /** Starts {@code run} now if a permit is free, else when one is. */
    void admit(PolicyRun<?> run) {
      synchronized (lock) {
        if (available == 0) {
          waiting.add(run);
          return;
        }
        available--;
      }
      run.startHolding(this);
    }

    /** Hands a finished call's permit to the first live waiting call, or frees it. */
    void release() {
      PolicyRun<?> next;
      synchronized (lock) {
        do {
          next = waiting.poll();
        } while (next != null && next.isDone());
        if (next == null) {
          available++;
          return;
        }
      }
      next.startHolding(this);
    }
  }
}
