package dev.asyncify.runtime;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one input of {@link Tasks#gatherSettled(java.util.Collection)} ended: a {@link Success} with
 * its value or a {@link Failure} with its error. The typed counterpart of asyncio's {@code
 * gather(..., return_exceptions=True)}.
 *
 * <pre>{@code
 * for (Outcome<User> outcome : Tasks.await(Tasks.gatherSettled(lookups))) {
 *   if (outcome instanceof Outcome.Success<User> success) {
 *     show(success.value());
 *   } else if (outcome instanceof Outcome.Failure<User> failure) {
 *     log(failure.error());
 *   }
 * }
 * }</pre>
 *
 * @param <T> the type of the value on success
 */
public sealed interface Outcome<T extends @Nullable Object>
    permits Outcome.Success, Outcome.Failure {

  /**
   * The input completed normally.
   *
   * @param value the input's value, which may be null
   * @param <T> the type of the value
   */
  record Success<T extends @Nullable Object>(T value) implements Outcome<T> {}

  /**
   * The input completed exceptionally, or was cancelled.
   *
   * @param error what the input failed with, without CompletableFuture's CompletionException
   *     wrapper; a CancellationException for a cancelled input
   * @param <T> the type the value would have had
   */
  record Failure<T extends @Nullable Object>(Throwable error) implements Outcome<T> {

    /**
     * Makes a failure.
     *
     * @param error what the input failed with, not null
     */
    public Failure {
      Objects.requireNonNull(error, "error");
    }
  }
}
