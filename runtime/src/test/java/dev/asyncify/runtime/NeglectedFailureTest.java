package dev.asyncify.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
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
    Tasks.spawn(() -> { throw new IOException(message); }, Runnable::run);
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
      waysToLook.get(i).accept(Tasks.spawn(() -> { throw new IOException(message); }, Runnable::run));
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
        Tasks.spawn(() -> { throw new IOException(message); }, held::add);
    Tasks.gather(future);
    held.remove().run();
  }

  @Test
  void aTaskGroupLooksAtTheFailuresOfItsTasks() throws Exception {
    IOException thrown = new IOException("seen by the group");
    TaskGroup group = TaskGroup.open(Runnable::run);
    group.spawn(() -> { throw thrown; });
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

  private interface Look {
    Object at() throws InterruptedException, ExecutionException;
  }

  private static void swallow(Look look) {
    try {
      look.at();
    } catch (Exception expected) {
      // The failure itself is what this way of looking returns.
    }
  }
}
