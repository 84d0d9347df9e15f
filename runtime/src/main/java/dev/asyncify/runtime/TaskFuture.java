package dev.asyncify.runtime;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The future of a spawned task: a {@link CompletableFuture} that is also the {@link Runnable} handed
 * to the executor, and whose {@code cancel(true)} interrupts the thread running the task.
 *
 * <p>{@link #runner} moves from {@code null} (not started) to the running thread, then to {@link
 * #FINISHED}; a cancelling thread may instead move it from the running thread to {@link
 * #INTERRUPTING} and then {@link #INTERRUPTED}. Only one of the two moves away from the thread
 * succeeds, so an interrupt is never delivered after {@link #run()} returned: the worker waits for
 * one in flight and clears it, so a pooled thread is not left interrupted.
 */
final class TaskFuture<T> extends CompletableFuture<T> implements Runnable {

  /** What a task does when it runs: produce its outcome and complete the future with it. */
  @FunctionalInterface
  interface Body<T> {
    void runInto(TaskFuture<T> future) throws Exception;
  }

  private static final Object FINISHED = new Object();
  private static final Object INTERRUPTING = new Object();
  private static final Object INTERRUPTED = new Object();

  private final Body<T> body;
  private final AtomicReference<Object> runner = new AtomicReference<>();
  /** The stage this future follows once the body returned one; cancelled along with this future. */
  private volatile CompletionStage<?> followed;

  TaskFuture(Body<T> body) {
    this.body = body;
  }

  @Override
  public void run() {
    Thread current = Thread.currentThread();
    if (isDone() || !runner.compareAndSet(null, current)) {
      return;
    }
    try {
      if (!isDone()) {
        body.runInto(this);
      }
    } catch (Throwable failure) {
      completeExceptionally(failure);
    } finally {
      if (!runner.compareAndSet(current, FINISHED)) {
        while (runner.get() == INTERRUPTING) {
          Thread.onSpinWait();
        }
        Thread.interrupted();
      }
    }
  }

  /** Completes this future with the outcome of {@code stage}, unwrapping a CompletionException. */
  void follow(CompletionStage<? extends T> stage) {
    Objects.requireNonNull(stage, "the task returned null instead of a CompletionStage");
    followed = stage;
    stage.whenComplete(
        (value, failure) -> {
          if (failure == null) {
            complete(value);
          } else {
            completeExceptionally(Failures.unwrap(failure));
          }
        });
    if (isCancelled()) {
      cancelFollowed(false);
    }
  }

  /**
   * Cancels this future. A task that has not started never runs; with {@code mayInterruptIfRunning}
   * the thread running it is interrupted, and a stage the task returned is cancelled too.
   */
  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    if (cancelled) {
      if (mayInterruptIfRunning) {
        interruptRunner();
      }
      cancelFollowed(mayInterruptIfRunning);
    }
    return cancelled;
  }

  private void interruptRunner() {
    Object current = runner.get();
    if (current instanceof Thread thread && runner.compareAndSet(thread, INTERRUPTING)) {
      try {
        thread.interrupt();
      } finally {
        runner.set(INTERRUPTED);
      }
    }
  }

  private void cancelFollowed(boolean mayInterruptIfRunning) {
    if (followed instanceof Future<?> future) {
      future.cancel(mayInterruptIfRunning);
    }
  }
}
