package dev.asyncify.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * A future made from other stages that, when cancelled, cancels them too, each one that is a {@link
 * Future} and lets itself be cancelled, passing on {@code mayInterruptIfRunning}; and a pending
 * timer, if it has one.
 */
final class CascadingFuture<R> extends CompletableFuture<R> {

  private static final VarHandle DECIDED;

  static {
    try {
      DECIDED =
          MethodHandles.lookup().findVarHandle(CascadingFuture.class, "decided", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final List<? extends CompletionStage<?>> inputs;
  private volatile @Nullable Future<?> timer;

  /**
   * Set once by the first {@link #decide}; from then on no other outcome may complete this future,
   * not even the CancellationExceptions of the inputs the decision cancels.
   */
  @SuppressWarnings("unused") // accessed through DECIDED
  private volatile boolean decided;

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
  boolean settle(@Nullable R value, @Nullable Throwable failure) {
    boolean settled = Failures.settle(this, value, failure);
    if (settled && timer != null) {
      timer.cancel(false);
    }
    return settled;
  }

  /**
   * Completes this future with the outcome of the first caller, and only that one: a race's winner,
   * or a timeout. With {@code cancelInputs}, every input is first cancelled with interruption, so
   * that nothing chained to this future sees the outcome before the calls it gives up on were told
   * to stop.
   *
   * @return whether this call decided
   */
  boolean decide(@Nullable R value, @Nullable Throwable failure, boolean cancelInputs) {
    if (isDone() || !DECIDED.compareAndSet(this, false, true)) {
      return false;
    }
    if (cancelInputs) {
      cancelInputs(true);
    }
    return settle(value, failure);
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
