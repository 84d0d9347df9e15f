package dev.asyncify.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class AwaitTest {

  @Test
  void awaitReturnsTheValue() {
    assertEquals("value", Tasks.await(CompletableFuture.completedFuture("value")));
  }

  @Test
  void awaitWaitsForAStageCompletedByAnotherThread() {
    CompletableFuture<String> later = Tasks.spawn(() -> "later");

    assertEquals("later", Tasks.await(later));
  }

  @Test
  void awaitRethrowsARuntimeExceptionAsIs() {
    IllegalStateException thrown = new IllegalStateException("bad");

    IllegalStateException caught =
        assertThrows(
            IllegalStateException.class,
            () -> Tasks.await(CompletableFuture.failedFuture(thrown).thenApply(value -> value)));

    assertSame(thrown, caught);
  }

  @Test
  void awaitRethrowsAnErrorAsIs() {
    StackOverflowError thrown = new StackOverflowError("deep");

    assertSame(
        thrown,
        assertThrows(
            StackOverflowError.class, () -> Tasks.await(CompletableFuture.failedFuture(thrown))));
  }

  @Test
  void awaitWrapsACheckedExceptionInACompletionException() {
    IOException thrown = new IOException("disk");

    CompletionException caught =
        assertThrows(
            CompletionException.class, () -> Tasks.await(CompletableFuture.failedFuture(thrown)));

    assertSame(thrown, caught.getCause());
  }

  @Test
  void awaitWithATypeRethrowsAFailureOfThatTypeAsIs() {
    IOException thrown = new IOException("disk");

    IOException caught =
        assertThrows(
            IOException.class,
            () -> Tasks.await(CompletableFuture.failedFuture(thrown), IOException.class));

    assertSame(thrown, caught);
  }

  @Test
  void awaitWithATypeWrapsOtherCheckedFailures() {
    TimeoutException thrown = new TimeoutException("too slow");

    CompletionException caught =
        assertThrows(
            CompletionException.class,
            () -> Tasks.await(CompletableFuture.failedFuture(thrown), IOException.class));

    assertSame(thrown, caught.getCause());
  }

  @Test
  void awaitWithATypeRethrowsUncheckedFailuresAsIs() {
    IllegalArgumentException thrown = new IllegalArgumentException("arg");

    assertSame(
        thrown,
        assertThrows(
            IllegalArgumentException.class,
            () -> Tasks.await(CompletableFuture.failedFuture(thrown), IOException.class)));
  }

  @Test
  void awaitOfACancelledStageThrowsCancellationException() {
    CompletableFuture<String> cancelled = new CompletableFuture<>();
    cancelled.cancel(true);

    assertThrows(CancellationException.class, () -> Tasks.await(cancelled));
  }

  @Test
  void awaitOnAnInterruptedThreadThrowsCancellationAndKeepsTheInterruptStatus() {
    CompletableFuture<String> never = new CompletableFuture<>();
    Thread.currentThread().interrupt();
    try {
      CancellationException caught =
          assertThrows(CancellationException.class, () -> Tasks.await(never));

      assertTrue(Thread.currentThread().isInterrupted());
      assertEquals(InterruptedException.class, caught.getCause().getClass());
      assertFalse(never.isDone(), "unlike asyncio, the awaited stage is not cancelled");
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void awaitInsideATaskCancelledWithInterruptUnwindsWithCancellation() throws Exception {
    CompletableFuture<String> never = new CompletableFuture<>();
    CompletableFuture<Throwable> seenByTask = new CompletableFuture<>();
    java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    CompletableFuture<String> task =
        Tasks.spawn(
            () -> {
              started.countDown();
              try {
                return Tasks.await(never);
              } catch (CancellationException expected) {
                seenByTask.complete(expected);
                throw expected;
              }
            });
    assertTrue(started.await(10, java.util.concurrent.TimeUnit.SECONDS));

    task.cancel(true);

    Throwable seen = seenByTask.get(10, java.util.concurrent.TimeUnit.SECONDS);
    assertEquals(InterruptedException.class, seen.getCause().getClass());
  }

  @Test
  void awaitAcceptsAMinimalCompletionStage() {
    CompletionStage<String> minimal =
        CompletableFuture.completedFuture("m").minimalCompletionStage();

    assertEquals("m", Tasks.await(minimal));
  }

  @Test
  void awaitAcceptsAStageThatCannotBecomeACompletableFuture() {
    IOException thrown = new IOException("foreign");
    CompletionStage<String> foreign = foreignStage(CompletableFuture.failedFuture(thrown));

    assertSame(
        thrown, assertThrows(IOException.class, () -> Tasks.await(foreign, IOException.class)));
  }

  /** A CompletionStage of another library: not a CompletableFuture, and refuses to become one. */
  @SuppressWarnings("unchecked")
  private static <T> CompletionStage<T> foreignStage(CompletableFuture<T> target) {
    return (CompletionStage<T>)
        Proxy.newProxyInstance(
            AwaitTest.class.getClassLoader(),
            new Class<?>[] {CompletionStage.class},
            (proxy, method, args) -> {
              if (method.getName().equals("toCompletableFuture")) {
                throw new UnsupportedOperationException();
              }
              Method same =
                  CompletableFuture.class.getMethod(method.getName(), method.getParameterTypes());
              return same.invoke(target, args);
            });
  }
}
