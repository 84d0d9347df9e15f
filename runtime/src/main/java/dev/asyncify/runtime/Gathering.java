package dev.asyncify.runtime;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/** The one loop behind {@code gather} and {@code gatherSettled}. */
final class Gathering {

  private Gathering() {}

  /**
   * A future of the results of {@code inputs}, in their order. Each input's outcome goes through
   * {@code settle}; with {@code failFast}, the first failure fails the whole instead. One callback
   * per input and no recursion, so the stack stays flat whatever the count.
   */
  static <T, R> CompletableFuture<List<R>> collect(
      List<? extends CompletionStage<? extends T>> inputs,
      boolean failFast,
      BiFunction<? super T, Throwable, ? extends R> settle) {
    InputsFuture<List<R>> result = new InputsFuture<>(inputs);
    int count = inputs.size();
    if (count == 0) {
      result.complete(List.of());
      return result;
    }
    Object[] results = new Object[count];
    AtomicInteger remaining = new AtomicInteger(count);
    for (int i = 0; i < count; i++) {
      int index = i;
      inputs
          .get(i)
          .whenComplete(
              (value, failure) -> {
                Throwable cause = failure == null ? null : Failures.unwrap(failure);
                if (cause != null && failFast) {
                  result.completeExceptionally(cause);
                  return;
                }
                // The decrement publishes this write to the thread that sees zero.
                results[index] = settle.apply(value, cause);
                if (remaining.decrementAndGet() == 0) {
                  result.complete(listOf(results));
                }
              });
    }
    return result;
  }

  @SuppressWarnings("unchecked") // every element was produced by settle, so it is an R
  private static <R> List<R> listOf(Object[] results) {
    return (List<R>) Collections.unmodifiableList(Arrays.asList(results));
  }

  /** A future that cancels its inputs, each one that is a Future, when it is cancelled. */
  private static final class InputsFuture<R> extends CompletableFuture<R> {

    private final List<? extends CompletionStage<?>> inputs;

    InputsFuture(List<? extends CompletionStage<?>> inputs) {
      this.inputs = inputs;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      if (cancelled) {
        for (CompletionStage<?> input : inputs) {
          if (input instanceof Future<?> future) {
            future.cancel(mayInterruptIfRunning);
          }
        }
      }
      return cancelled;
    }
  }
}
