package dev.asyncify.runtime;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/** The one loop behind {@code gather} and {@code gatherSettled}. */
final class Gathering {

  private Gathering() {}

  /**
   * A future of the results of {@code inputs}, in their order. Each input's outcome goes through
   * {@code settle}; with {@code failFast}, the first failure fails the whole instead. At most one
   * callback per input and no recursion, so the stack stays flat whatever the count.
   */
  static <T, R> CompletableFuture<List<R>> collect(
      List<? extends CompletionStage<? extends T>> inputs,
      boolean failFast,
      BiFunction<? super T, Throwable, ? extends R> settle) {
    CascadingFuture<List<R>> result = new CascadingFuture<>(inputs);
    int count = inputs.size();
    if (count == 0) {
      result.complete(List.of());
      return result;
    }
    Object[] results = new Object[count];
    AtomicInteger remaining = new AtomicInteger(count);
    int doneAlready = 0;
    for (int i = 0; i < count; i++) {
      CompletionStage<? extends T> input = inputs.get(i);
      // An input that already succeeded is read in place: no stage, no callback, no atomic.
      if (readableInPlace(input)
          && input instanceof CompletableFuture<? extends T> future
          && future.isDone()
          && !future.isCompletedExceptionally()) {
        results[i] = settle.apply(future.getNow(null), null);
        doneAlready++;
        continue;
      }
      int index = i;
      input.whenComplete(
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
    if (doneAlready > 0 && remaining.addAndGet(-doneAlready) == 0) {
      result.complete(listOf(results));
    }
    return result;
  }

  /**
   * Whether {@code input} is a future whose state can be read without a callback: the JDK's own
   * class or ours. Other subclasses may refuse; minimalCompletionStage's throws
   * UnsupportedOperationException from {@code isDone}.
   */
  private static boolean readableInPlace(CompletionStage<?> input) {
    return input.getClass() == CompletableFuture.class || input instanceof TaskFuture<?>;
  }

  /** Turns the gathered values, in input order, into one result. */
  @FunctionalInterface
  interface Combination<R> {
    R apply(List<?> values) throws Exception;
  }

  /**
   * A future of {@code combination} applied to the values of {@code inputs}: fails as soon as an
   * input fails, with its exception, or with what the combination threw.
   */
  @SuppressWarnings("FutureReturnValueIgnored") // the chained stage settles the result itself
  static <R> CompletableFuture<R> combine(
      List<? extends CompletionStage<?>> inputs, Combination<? extends R> combination) {
    CascadingFuture<R> result = new CascadingFuture<>(inputs);
    collect(inputs, true, (value, failure) -> value)
        .whenComplete(
            (values, failure) -> {
              if (failure != null) {
                result.settle(null, failure);
                return;
              }
              try {
                result.complete(combination.apply(values));
              } catch (Throwable thrown) {
                result.completeExceptionally(thrown);
              }
            });
    return result;
  }

  @SuppressWarnings("unchecked") // every element was produced by settle, so it is an R
  private static <R> List<R> listOf(Object[] results) {
    return (List<R>) Collections.unmodifiableList(Arrays.asList(results));
  }
}
