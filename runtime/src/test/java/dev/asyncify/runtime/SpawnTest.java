package dev.asyncify.runtime;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SpawnTest {

  /** Keeps tasks until the test runs them, so a test decides exactly when a task starts. */
  private static final class HeldExecutor implements Executor {
    final Queue<Runnable> held = new ArrayDeque<>();

    @Override
    public void execute(Runnable command) {
      held.add(command);
    }

    Runnable next() {
      return held.remove();
    }
  }

  @Test
  void spawnCompletesWithTheTaskResult() throws Exception {
    assertEquals("done", Tasks.spawn(() -> "done").get(10, SECONDS));
  }

  @Test
  void spawnReturnsBeforeTheTaskRuns() {
    HeldExecutor executor = new HeldExecutor();
    AtomicBoolean ran = new AtomicBoolean();

    CompletableFuture<Boolean> future = Tasks.spawn(() -> ran.getAndSet(true), executor);

    assertFalse(future.isDone());
    assertFalse(ran.get());
    executor.next().run();
    assertEquals(false, future.join());
    assertTrue(ran.get());
  }

  @Test
  void spawnFailsWithExactlyTheCheckedExceptionTheTaskThrew() {
    IOException thrown = new IOException("disk gone");

    CompletableFuture<String> future =
        Tasks.spawn(
            () -> {
              throw thrown;
            },
            Runnable::run);

    assertSame(thrown, future.handle((value, failure) -> failure).join());
  }

  @Test
  void spawnFailsWithExactlyTheErrorTheTaskThrew() {
    AssertionError thrown = new AssertionError("broken invariant");

    CompletableFuture<String> future =
        Tasks.spawn(
            () -> {
              throw thrown;
            },
            Runnable::run);

    assertSame(thrown, future.handle((value, failure) -> failure).join());
  }

  @Test
  void spawnFailsWithTheRejectionWhenTheExecutorRefusesAndDoesNotThrow() {
    RejectedExecutionException rejection = new RejectedExecutionException("queue full");
    Executor refusing =
        command -> {
          throw rejection;
        };

    CompletableFuture<String> future = Tasks.spawn(() -> "never", refusing);

    assertSame(rejection, future.handle((value, failure) -> failure).join());
  }

  @Test
  void spawnRejectsNullArguments() {
    NullPointerException noTask =
        assertThrows(NullPointerException.class, () -> Tasks.spawn(null, Runnable::run));
    NullPointerException noExecutor =
        assertThrows(NullPointerException.class, () -> Tasks.spawn(() -> 1, null));

    assertEquals("task", noTask.getMessage());
    assertEquals("executor", noExecutor.getMessage());
  }

  @Test
  void cancelBeforeStartMeansTheTaskNeverRuns() {
    HeldExecutor executor = new HeldExecutor();
    AtomicBoolean ran = new AtomicBoolean();
    CompletableFuture<Boolean> future = Tasks.spawn(() -> ran.getAndSet(true), executor);

    assertTrue(future.cancel(true));
    executor.next().run();

    assertFalse(ran.get());
    assertTrue(future.isCancelled());
  }

  @Test
  void cancelTrueInterruptsTheThreadRunningTheTask() throws Exception {
    Blocker blocker = new Blocker(1);
    CompletableFuture<String> future = Tasks.spawn(blocker.task());
    assertTrue(blocker.allStarted());

    assertTrue(future.cancel(true));

    assertTrue(blocker.allInterrupted(), "the worker was not interrupted");
    assertThrows(CancellationException.class, future::join);
  }

  @Test
  void cancelFalseLetsTheRunningTaskFinishUninterrupted() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Boolean> sawInterrupt = new CompletableFuture<>();
    CompletableFuture<String> future =
        Tasks.spawn(
            () -> {
              started.countDown();
              release.await();
              sawInterrupt.complete(Thread.currentThread().isInterrupted());
              return "finished";
            });
    assertTrue(started.await(10, SECONDS));

    assertTrue(future.cancel(false));
    release.countDown();

    assertEquals(false, sawInterrupt.get(10, SECONDS));
    assertTrue(future.isCancelled());
  }

  @Test
  void theCancellingInterruptDoesNotOutliveTheTask() throws Exception {
    HeldExecutor executor = new HeldExecutor();
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<String> future =
        Tasks.spawn(
            () -> {
              started.countDown();
              new CountDownLatch(1).await();
              return "not interrupted";
            },
            executor);
    Runnable task = executor.next();
    AtomicReference<Boolean> interruptedAfterRun = new AtomicReference<>();
    Thread worker =
        new Thread(
            () -> {
              task.run();
              interruptedAfterRun.set(Thread.currentThread().isInterrupted());
            });
    worker.start();
    assertTrue(started.await(10, SECONDS));

    future.cancel(true);
    worker.join(SECONDS.toMillis(10));

    assertFalse(worker.isAlive());
    assertEquals(false, interruptedAfterRun.get());
  }

  @Test
  void aTaskThatIsRunTwiceRunsOnce() {
    HeldExecutor executor = new HeldExecutor();
    int[] runs = {0};
    Tasks.spawn(() -> ++runs[0], executor);
    Runnable task = executor.next();

    task.run();
    task.run();

    assertEquals(1, runs[0]);
  }

  @Test
  void spawnStageCompletesAsTheReturnedStage() {
    CompletableFuture<String> inner = new CompletableFuture<>();

    CompletableFuture<String> future = Tasks.spawnStage(() -> inner, Runnable::run);
    assertFalse(future.isDone());
    inner.complete("inner value");

    assertEquals("inner value", future.join());
  }

  @Test
  void spawnStageFailsWithTheStagesOwnExceptionUnwrapped() {
    IOException thrown = new IOException("remote down");
    CompletableFuture<String> dependent =
        CompletableFuture.<String>failedFuture(thrown).thenApply(value -> value);

    CompletableFuture<String> future = Tasks.spawnStage(() -> dependent, Runnable::run);

    assertSame(thrown, future.handle((value, failure) -> failure).join());
  }

  @Test
  void spawnStageFailsWithWhatTheTaskThrewBeforeReturningAStage() {
    IllegalStateException thrown = new IllegalStateException("no connection");

    CompletableFuture<String> future =
        Tasks.<String>spawnStage(
            () -> {
              throw thrown;
            },
            Runnable::run);

    assertSame(thrown, future.handle((value, failure) -> failure).join());
  }

  @Test
  void spawnStageFailsWithANullPointerExceptionWhenTheTaskReturnsNull() {
    CompletableFuture<String> future = Tasks.spawnStage(() -> null, Runnable::run);

    Throwable failure = future.handle((value, error) -> error).join();

    assertEquals(NullPointerException.class, failure.getClass());
    assertEquals("the task returned null instead of a CompletionStage", failure.getMessage());
  }

  @Test
  void cancellingASpawnedStageCancelsTheStageTheTaskReturned() {
    CompletableFuture<String> inner = new CompletableFuture<>();
    CompletableFuture<String> future = Tasks.spawnStage(() -> inner, Runnable::run);

    assertTrue(future.cancel(true));

    assertTrue(inner.isCancelled());
  }

  @Test
  void cancellingASpawnedStageThatCannotBeCancelledDoesNotThrow() {
    CompletableFuture<String> never = new CompletableFuture<>();
    CompletableFuture<String> future =
        Tasks.spawnStage(never::minimalCompletionStage, Runnable::run);

    assertTrue(future.cancel(true));

    assertTrue(future.isCancelled());
    assertFalse(never.isDone());
  }
}
