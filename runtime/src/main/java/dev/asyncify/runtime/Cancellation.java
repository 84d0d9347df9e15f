package dev.asyncify.runtime;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;

/** Passing a cancellation on to stages the runtime did not make. */
final class Cancellation {

  private Cancellation() {}

  /**
   * Cancels {@code stage} if it is a {@link Future} that lets itself be cancelled, passing on
   * {@code mayInterruptIfRunning}. A stage that refuses, such as the read-only {@link
   * java.util.concurrent.CompletableFuture#minimalCompletionStage()} whose {@code cancel} throws
   * UnsupportedOperationException, is left alone: the cancel that reached us has already succeeded,
   * and its caller (or a worker thread running a timer) must not get the stage's exception instead.
   */
  static void passOn(CompletionStage<?> stage, boolean mayInterruptIfRunning) {
    if (stage instanceof Future<?> future) {
      try {
        future.cancel(mayInterruptIfRunning);
      } catch (RuntimeException refused) {
        // Not cancellable: it runs on, as a stage that is not a Future does.
      }
    }
  }
}
