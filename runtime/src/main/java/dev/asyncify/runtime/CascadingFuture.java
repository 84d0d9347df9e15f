package dev.asyncify.runtime;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;

/**
 * A future made from other stages that, when cancelled, cancels them too, each one that is a
 * {@link Future} and lets itself be cancelled, passing on {@code mayInterruptIfRunning}; and a
 * pending timer, if it has one.
 */
final class CascadingFuture<R> extends CompletableFuture<R> {

  private final List<? extends CompletionStage<?>> inputs;
  private volatile Future<?> timer;

  CascadingFuture(List<? extends CompletionStage<?>> inputs) {
    this.inputs = inputs;
  }

  /** Cancels {@code pendingTimer} once this future is done, however that happens. */
  void cancelWhenDone(Future<?> pendingTimer) {
    timer = pendingTimer;
    if (isDone()) {
      pendingTimer.cancel(false);
    }
  }

  /** Completes with {@code value}, or with {@code failure} without its CompletionException. */
  boolean settle(R value, Throwable failure) {
    boolean settled = Failures.settle(this, value, failure);
    if (settled && timer != null) {
      timer.cancel(false);
    }
    return settled;
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    if (cancelled) {
      if (timer != null) {
        timer.cancel(false);
      }
      cancelInputs(mayInterruptIfRunning);
    }
    return cancelled;
  }

  /** Cancels every input that lets itself be cancelled; see {@link Cancellation#passOn}. */
  void cancelInputs(boolean mayInterruptIfRunning) {
    for (CompletionStage<?> input : inputs) {
      Cancellation.passOn(input, mayInterruptIfRunning);
    }
  }
}
