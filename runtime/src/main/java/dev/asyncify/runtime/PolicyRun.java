package dev.asyncify.runtime;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One facade call under a {@link FacadeSupport.Policy}: its attempts, each under the timeout, the
 * waits between them, and the permit of the limit it holds. This future is what the caller gets.
 *
 * <p>Attempts happen one after another: each starts from the completion of the one before (or of
 * the timer after it), so {@link #attemptsMade} is handed from thread to thread through those
 * completions and needs no lock. {@link #current} is read by {@link #cancel} on any thread: it is
 * set before the attempt's completion is listened to, and after setting it the run checks whether a
 * cancel came in between, so an attempt is never left running after a cancel.
 */
final class PolicyRun<T> extends CompletableFuture<T> {

  private final FacadeSupport.Policy policy;
  private final Supplier<? extends CompletableFuture<T>> attempt;
  private final Executor executor;

  /** The caller's context: each attempt starts under it, on whichever thread starts it. */
  private final ContextSnapshot context = ContextSnapshot.capture();

  /** The attempt in flight, or the timer before the next one; null before the first. */
  private volatile @Nullable Future<?> current;

  private int attemptsMade; // handed on through completions: see the class comment

  PolicyRun(
      FacadeSupport.Policy policy,
      Supplier<? extends CompletableFuture<T>> attempt,
      Executor executor) {
    this.policy = policy;
    this.attempt = attempt;
    this.executor = executor;
  }

  /** Starts the first attempt under the permit of {@code limiter}, which this run gives back. */
  @SuppressWarnings("FutureReturnValueIgnored") // a callback: nothing to fail
  void startHolding(FacadeSupport.Limiter limiter) {
    handle(
        (value, failure) -> {
          limiter.release();
          return null;
        });
    start();
  }

  /** Starts the next attempt, unless this run is over. */
  @SuppressWarnings("FutureReturnValueIgnored") // attemptEnded settles this future itself
  void start() {
    if (isDone()) {
      return;
    }
    attemptsMade++;
    CompletableFuture<T> call;
    Object previous = context.restore();
    try {
      call = attempt.get();
      // A facade's call comes unstarted: looked at before it can fail, this run hears of it.
      if (call instanceof FacadeSupport.Call<T> || call instanceof FacadeSupport.StageCall<T>) {
        TaskFuture<T> task = (TaskFuture<T>) call;
        task.markObserved();
        task.start(executor);
      }
    } catch (RuntimeException failed) {
      // The call could not even be made: that is the outcome, on whichever thread this runs.
      completeExceptionally(failed);
      return;
    } finally {
      context.reset(previous);
    }
    Duration timeout = policy.timeout();
    CompletableFuture<T> timed =
        timeout == null ? call : Racing.waitFor(call, timeout, policy.scheduler());
    current = timed;
    if (isDone()) {
      Cancellation.passOn(timed, true);
      return;
    }
    // handle, not whenComplete: whenComplete's own future would wrap a failure in a new
    // CompletionException, whose stack trace costs more than the whole call.
    timed.handle(
        (value, failure) -> {
          attemptEnded(value, failure);
          return null;
        });
  }

  private void attemptEnded(@Nullable T value, @Nullable Throwable failure) {
    if (failure == null) {
      complete(value);
      return;
    }
    Throwable cause = Failures.unwrap(failure);
    if (isDone()) {
      return;
    }
    if (attemptsMade >= policy.attempts()
        || cause instanceof CancellationException
        || !policy.retries(cause)) {
      completeExceptionally(cause);
      return;
    }
    Duration delay = policy.delayBefore(attemptsMade + 1);
    if (delay.isZero()) {
      start();
      return;
    }
    Future<?> timer = policy.scheduler().schedule(this::start, delay);
    current = timer;
    if (isDone()) {
      timer.cancel(false);
    }
  }

  /** Stops the retrying: the attempt running is cancelled (interrupted, if asked), a wait ends. */
  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    Future<?> inFlight = current;
    if (cancelled && inFlight != null) {
      try {
        inFlight.cancel(mayInterruptIfRunning);
      } catch (RuntimeException refused) {
        // A stage that cannot be cancelled runs on; this future is cancelled all the same.
      }
    }
    return cancelled;
  }
}
