package dev.asyncify.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.jspecify.annotations.Nullable;

/** The operations that watch several stages, or one stage and the clock: see {@link Tasks}. */
final class Racing {

  private Racing() {}

  static CompletableFuture<Void> sleep(Duration delay, Scheduler scheduler) {
    CascadingFuture<Void> sleeping = new CascadingFuture<>(List.of());
    sleeping.cancelWhenDone(scheduler.schedule(() -> sleeping.complete(null), delay));
    return sleeping;
  }

  /**
   * On timeout the input is cancelled, its running call interrupted, before the TimeoutException is
   * set ({@link CascadingFuture#decide}), so nothing chained to the result runs beside a call still
   * going on unwarned; the input's own CancellationException is then ignored. The result does not
   * wait for the call to exit: a call that ignores interrupts would otherwise hold the timeout up
   * for as long as it runs, which is what a timeout is there to prevent.
   */
  static <T> CompletableFuture<T> waitFor(
      CompletionStage<? extends T> stage, Duration timeout, Scheduler scheduler) {
    CascadingFuture<T> result = new CascadingFuture<>(List.of(stage));
    stage.whenComplete((value, failure) -> result.decide(value, failure, false));
    if (!result.isDone()) {
      result.cancelWhenDone(
          scheduler.schedule(
              () -> {
                if (!result.isDone()) {
                  result.decide(
                      null, new TimeoutException("waitFor timed out after " + timeout), true);
                }
              },
              timeout));
    }
    return result;
  }

  static <T> List<CompletableFuture<T>> asCompleted(
      List<? extends CompletionStage<? extends T>> inputs) {
    List<CompletableFuture<T>> inFinishingOrder = new ArrayList<>(inputs.size());
    for (int i = 0; i < inputs.size(); i++) {
      inFinishingOrder.add(new CompletableFuture<>());
    }
    AtomicInteger finished = new AtomicInteger();
    for (CompletionStage<? extends T> input : inputs) {
      input.whenComplete(
          (value, failure) ->
              Failures.settle(inFinishingOrder.get(finished.getAndIncrement()), value, failure));
    }
    return Collections.unmodifiableList(inFinishingOrder);
  }

  /**
   * The first input to finish decides ({@link CascadingFuture#decide}): the others are cancelled,
   * their calls interrupted, before the result completes, and their own cancellations, which arrive
   * meanwhile, are dropped.
   */
  static <T> CompletableFuture<T> firstCompleted(
      List<? extends CompletionStage<? extends T>> inputs) {
    requireSome(inputs);
    CascadingFuture<T> result = new CascadingFuture<>(inputs);
    for (CompletionStage<? extends T> input : inputs) {
      input.whenComplete((value, failure) -> result.decide(value, failure, true));
    }
    return result;
  }

  /** As {@link #firstCompleted}, where only a success, or the last failure, decides. */
  static <T> CompletableFuture<T> anySuccessful(
      List<? extends CompletionStage<? extends T>> inputs) {
    requireSome(inputs);
    CascadingFuture<T> result = new CascadingFuture<>(inputs);
    AtomicInteger pending = new AtomicInteger(inputs.size());
    Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    for (CompletionStage<? extends T> input : inputs) {
      input.whenComplete(
          (value, failure) -> {
            if (failure == null) {
              result.decide(value, null, true);
            } else {
              failures.add(Failures.unwrap(failure));
              if (pending.decrementAndGet() == 0) {
                result.decide(null, firstWithOthersSuppressed(failures), false);
              }
            }
          });
    }
    return result;
  }

  /** The first failure, with every later one that is a different object added as suppressed. */
  private static Throwable firstWithOthersSuppressed(Queue<Throwable> failures) {
    Throwable first = failures.remove();
    for (Throwable other : failures) {
      if (other != first) {
        first.addSuppressed(other);
      }
    }
    return first;
  }

  static <F extends CompletionStage<?>> CompletableFuture<Waited<F>> wait(
      List<F> inputs, ReturnWhen returnWhen, @Nullable Duration timeout, Scheduler scheduler) {
    // Not cascading: as in asyncio, cancelling the wait leaves the inputs alone.
    CascadingFuture<Waited<F>> result = new CascadingFuture<>(List.of());
    WaitState<F> state = new WaitState<>(inputs, returnWhen, result);
    for (int i = 0; i < inputs.size(); i++) {
      int index = i;
      inputs.get(i).whenComplete((value, failure) -> state.completed(index, failure));
    }
    // Inputs already done when the wait began all count as done, not just the first seen.
    state.arm();
    if (timeout != null && !result.isDone()) {
      result.cancelWhenDone(scheduler.schedule(state::settle, timeout));
    }
    return result;
  }

  /** What a wait has seen; it settles the result only once every callback is in place. */
  private static final class WaitState<F> {
    private final List<F> inputs;
    private final ReturnWhen returnWhen;
    private final CascadingFuture<Waited<F>> result;
    private final AtomicIntegerArray done;
    private final AtomicInteger doneCount = new AtomicInteger();
    private volatile boolean failed;
    private volatile boolean armed;

    WaitState(List<F> inputs, ReturnWhen returnWhen, CascadingFuture<Waited<F>> result) {
      this.inputs = inputs;
      this.returnWhen = returnWhen;
      this.result = result;
      this.done = new AtomicIntegerArray(inputs.size());
    }

    void completed(int index, Throwable failure) {
      done.set(index, 1);
      if (failure != null) {
        failed = true;
      }
      doneCount.incrementAndGet();
      if (armed) {
        settleIfMet();
      }
    }

    void arm() {
      armed = true;
      settleIfMet();
    }

    private void settleIfMet() {
      int count = doneCount.get();
      boolean met =
          count == inputs.size()
              || (returnWhen == ReturnWhen.FIRST_COMPLETED && count > 0)
              || (returnWhen == ReturnWhen.FIRST_EXCEPTION && failed);
      if (met) {
        settle();
      }
    }

    void settle() {
      if (result.isDone()) {
        return;
      }
      List<F> finished = new ArrayList<>();
      List<F> pending = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        (done.get(i) == 1 ? finished : pending).add(inputs.get(i));
      }
      result.settle(new Waited<>(finished, pending), null);
    }
  }

  static <T> CompletableFuture<T> shield(CompletionStage<? extends T> stage) {
    CompletableFuture<T> shielded = new CompletableFuture<>();
    stage.whenComplete((value, failure) -> Failures.settle(shielded, value, failure));
    return shielded;
  }

  private static void requireSome(List<?> inputs) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no stages: the result would never complete");
    }
  }
}
