package dev.asyncify.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A failed task whose failure nobody looked at is logged once its future is collected; looking at
 * it in any way keeps it out of the log. Garbage collection is awaited with a bound, not assumed.
 */
class NeglectedFailureTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  /** Spawns a task failing with a new IOException of this message, and drops its future. */
  private static void failUnseen(String message) {
    Tasks.spawn(
        () -> {
          throw new IOException(message);
        },
        Runnable::run);
  }

  /** The records logged for failures with this message, once garbage collection found them. */
  private static List<CapturingLoggerFinder.Logged> reportsOf(String message) {
    return CapturingLoggerFinder.LOGGED.stream()
        .filter(logged -> logged.thrown() != null && message.equals(logged.thrown().getMessage()))
        .toList();
  }

  private static void collectUntilReported(String message) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (reportsOf(message).isEmpty()) {
      if (System.nanoTime() > deadline) {
        fail("no report of '" + message + "' within " + PATIENCE);
      }
      System.gc();
      Thread.sleep(20);
    }
  }

  @Test
  void aFailureNobodyLookedAtIsLoggedOnceItsFutureIsCollected() throws Exception {
    failUnseen("nobody looked");

    collectUntilReported("nobody looked");
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(20);
    }

    List<CapturingLoggerFinder.Logged> reports = reportsOf("nobody looked");
    assertEquals(1, reports.size());
    CapturingLoggerFinder.Logged report = reports.get(0);
    assertEquals(Tasks.class.getName(), report.logger());
    assertEquals(System.Logger.Level.WARNING, report.level());
    assertEquals(
        "A task failed and its failure was never retrieved: nobody called get, join or await on"
            + " its future, nor chained a stage to it, before it was garbage-collected",
        report.message());
  }

  @Test
  void aFailureLookedAtInAnyWayIsNeverLogged() throws Exception {
    List<Consumer<CompletableFuture<String>>> waysToLook =
        List.of(
            future -> swallow(future::join),
            future -> swallow(future::get),
            future -> swallow(() -> future.getNow("absent")),
            future -> swallow(() -> Tasks.await(future)),
            future -> future.handle((value, failure) -> failure),
            future -> future.whenComplete((value, failure) -> {}),
            future -> future.exceptionally(failure -> "recovered"),
            future -> future.thenApply(String::length),
            CompletableFuture::isCompletedExceptionally,
            Tasks::gather);
    for (int i = 0; i < waysToLook.size(); i++) {
      String message = "looked at, way " + i;
      waysToLook
          .get(i)
          .accept(
              Tasks.spawn(
                  () -> {
                    throw new IOException(message);
                  },
                  Runnable::run));
    }
    lookBeforeItFails("looked at before it failed");

    failUnseen("sentinel");
    collectUntilReported("sentinel");
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(20);
    }

    for (int i = 0; i < waysToLook.size(); i++) {
      assertEquals(List.of(), reportsOf("looked at, way " + i));
    }
    assertEquals(List.of(), reportsOf("looked at before it failed"));
  }

  private static void lookBeforeItFails(String message) {
    Queue<Runnable> held = new ArrayDeque<>();
    CompletableFuture<String> future =
        Tasks.spawn(
            () -> {
              throw new IOException(message);
            },
            held::add);
    Tasks.gather(future);
    held.remove().run();
  }

  @Test
  void aTaskGroupLooksAtTheFailuresOfItsTasks() throws Exception {
    IOException thrown = new IOException("seen by the group");
    TaskGroup group = TaskGroup.open(Runnable::run);
    group.spawn(
        () -> {
          throw thrown;
        });
    try {
      group.close();
      fail("the group did not throw");
    } catch (CompletionException expected) {
      assertSame(thrown, expected.getCause());
    }
    group = null;

    failUnseen("sentinel after group");
    collectUntilReported("sentinel after group");

    assertEquals(List.of(), reportsOf("seen by the group"));
  }

  @Test
  void askingForTheFailureWithJava19sMethodsIsLookingAtIt() throws Exception {
    Method exceptionNow = futureMethod("exceptionNow");
    Method resultNow = futureMethod("resultNow");
    assumeTrue(exceptionNow != null, "Future.exceptionNow() is Java 19 and later");
    IOException thrown = new IOException("asked for with exceptionNow");
    CompletableFuture<String> failed =
        Tasks.spawn(
            () -> {
              throw thrown;
            },
            Runnable::run);

    assertSame(thrown, exceptionNow.invoke(failed));
    CompletableFuture<String> failedToo =
        Tasks.spawn(
            () -> {
              throw new IOException("asked for with resultNow");
            },
            Runnable::run);
    swallow(() -> resultNow.invoke(failedToo));
    failed = null;

    failUnseen("sentinel after exceptionNow");
    collectUntilReported("sentinel after exceptionNow");
    assertEquals(List.of(), reportsOf("asked for with exceptionNow"));
    assertEquals(List.of(), reportsOf("asked for with resultNow"));
  }

  @Test
  void resultNowAndExceptionNowMeanWhatJava19Says() {
    IOException thrown = new IOException("failed");
    TaskFuture<String> failed =
        (TaskFuture<String>)
            Tasks.<String>spawn(
                () -> {
                  throw thrown;
                },
                Runnable::run);
    TaskFuture<String> succeeded = (TaskFuture<String>) Tasks.spawn(() -> "value", Runnable::run);
    TaskFuture<String> pending = (TaskFuture<String>) Tasks.spawn(() -> "never", command -> {});
    TaskFuture<String> cancelled = (TaskFuture<String>) Tasks.spawn(() -> "never", command -> {});
    cancelled.cancel(false);

    assertSame(thrown, failed.exceptionNow());
    assertEquals("value", succeeded.resultNow());
    assertEquals(
        "Task completed with exception",
        assertThrows(IllegalStateException.class, failed::resultNow).getMessage());
    assertEquals(
        "Task completed with a result",
        assertThrows(IllegalStateException.class, succeeded::exceptionNow).getMessage());
    assertEquals(
        "Task has not completed",
        assertThrows(IllegalStateException.class, pending::resultNow).getMessage());
    assertEquals(
        "Task was cancelled",
        assertThrows(IllegalStateException.class, cancelled::exceptionNow).getMessage());
  }

  /** A method of CompletableFuture by name, or null on a Java that lacks it. */
  private static Method futureMethod(String name) {
    try {
      return CompletableFuture.class.getMethod(name);
    } catch (NoSuchMethodException absent) {
      return null;
    }
  }

  private interface Look {
    Object at() throws Exception;
  }

  private static void swallow(Look look) {
    try {
      look.at();
    } catch (Exception expected) {
      // The failure itself is what this way of looking returns.
    }
  }
}
