package dev.asyncify.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/** Helpers for the exceptions that cross a future. */
final class Failures {

  private Failures() {}

  /**
   * The failure a stage's callbacks see, without the CompletionException that CompletableFuture
   * wraps around failures of dependent stages.
   */
  static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }

  /** Completes {@code target} with {@code value}, or with {@code failure} unwrapped. */
  static <T> boolean settle(
      CompletableFuture<T> target, @Nullable T value, @Nullable Throwable failure) {
    return failure == null ? target.complete(value) : target.completeExceptionally(unwrap(failure));
  }

  /**
   * Throws {@code failure} as is when it is a RuntimeException or an Error, else wrapped in a
   * CompletionException. Returns nothing; declared so that callers can write {@code throw
   * rethrowUnchecked(e)}.
   */
  static RuntimeException rethrowUnchecked(Throwable failure) {
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    throw new CompletionException(failure);
  }
}
