package dev.asyncify.runtime;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class TaskGroupTest {

  /** A new thread per task, remembered, so a test can count the threads that outlive a group. */
  private static final class ThreadPerTask implements Executor {
    final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    @Override
    public void execute(Runnable command) {
      Thread thread = new Thread(command, "group-task");
      threads.add(thread);
      thread.start();
    }

    long alive() throws InterruptedException {
      for (Thread thread : threads) {
        thread.join(SECONDS.toMillis(10));
      }
      return threads.stream().filter(Thread::isAlive).count();
    }
  }

  @Test
  void closeWaitsForEveryTaskAndTheirValuesAreThere() {
    CompletableFuture<String> a;
    CompletableFuture<Integer> b;
    try (TaskGroup group = TaskGroup.open()) {
      a = group.spawn(() -> "a");
      b = group.spawn(() -> 2);
    }

    assertEquals("a", a.getNow(null));
    assertEquals(2, b.getNow(null));
  }

  @Test
  void theFirstFailureInterruptsTheOthersAndCloseThrowsIt() throws Exception {
    Blocker blocker = new Blocker(2);
    IllegalStateException thrown = new IllegalStateException("one task failed");
    CompletableFuture<String> sibling;
    CompletableFuture<String> other;
    TaskGroup group = TaskGroup.open();
    sibling = group.spawn(blocker.task());
    other = group.spawn(blocker.task());
    assertTrue(blocker.allStarted());
    group.spawn(
        () -> {
          throw thrown;
        });

    CompletionException closed = assertThrows(CompletionException.class, group::close);

    assertSame(thrown, closed.getCause());
    assertTrue(blocker.allInterrupted());
    assertTrue(sibling.isCancelled());
    assertTrue(other.isCancelled());
    assertEquals(0, closed.getSuppressed().length, "cancelled siblings are not failures");
  }

  @Test
  void aBlockThatRethrowsTheFailureItAwaitedGetsTheGroupsFailureAsSuppressed() {
    IllegalStateException thrown = new IllegalStateException("the query failed");

    IllegalStateException caught =
        assertThrows(
            IllegalStateException.class,
            () -> {
              try (TaskGroup group = TaskGroup.open()) {
                Tasks.await(
                    group.spawn(
                        () -> {
                          throw thrown;
                        }));
              }
            });

    assertSame(thrown, caught);
    assertEquals(1, caught.getSuppressed().length);
    assertSame(thrown, caught.getSuppressed()[0].getCause());
  }

  @Test
  void aCheckedFirstFailureIsTheCauseOfWhatCloseThrows() {
    IOException thrown = new IOException("disk");
    TaskGroup group = TaskGroup.open();
    group.spawn(
        () -> {
          throw thrown;
        });

    CompletionException closed = assertThrows(CompletionException.class, group::close);

    assertSame(thrown, closed.getCause());
  }

  @Test
  void failuresAtTheSameTimeAreAllReported() throws Exception {
    // Two tasks fail at once; whichever is first is thrown, and the other, if it failed before
    // the group cancelled it, is attached as suppressed. Never is a failure thrown twice.
    IOException one = new IOException("one");
    IOException two = new IOException("two");
    CyclicBarrier together = new CyclicBarrier(2);
    TaskGroup group = TaskGroup.open();
    group.spawn(
        () -> {
          together.await(10, SECONDS);
          throw one;
        });
    group.spawn(
        () -> {
          together.await(10, SECONDS);
          throw two;
        });

    CompletionException closed = assertThrows(CompletionException.class, group::close);

    Throwable first = closed.getCause();
    assertTrue(first == one || first == two);
    for (Throwable other : closed.getSuppressed()) {
      assertSame(first == one ? two : one, other);
    }
  }

  @Test
  void aTaskCancelledByItsCallerIsNotAFailure() {
    CompletableFuture<String> cancelled;
    try (TaskGroup group = TaskGroup.open()) {
      cancelled = group.spawn(new Blocker(1).task());
      cancelled.cancel(true);
    }

    assertTrue(cancelled.isCancelled());
  }

  @Test
  void noTaskOutlivesItsGroupEvenOneStillUnwindingFromItsCancellation() throws Exception {
    ThreadPerTask executor = new ThreadPerTask();
    AtomicInteger bodiesRunning = new AtomicInteger();
    CountDownLatch bothStarted = new CountDownLatch(2);
    TaskGroup group = TaskGroup.open(executor);
    for (int i = 0; i < 2; i++) {
      group.spawn(
          () -> {
            bodiesRunning.incrementAndGet();
            try {
              bothStarted.countDown();
              new CountDownLatch(1).await();
              return "never";
            } catch (InterruptedException cancelled) {
              // Unwinding takes a while: the future is already cancelled, the body still runs.
              Thread.sleep(200);
              throw cancelled;
            } finally {
              bodiesRunning.decrementAndGet();
            }
          });
    }
    assertTrue(bothStarted.await(10, SECONDS));
    group.spawn(
        () -> {
          throw new IllegalStateException("fail the group");
        });

    assertThrows(CompletionException.class, group::close);

    assertEquals(0, bodiesRunning.get(), "a task was still running after close returned");
    assertEquals(0, executor.alive());
  }

  @Test
  void aFailedGroupRefusesNewTasks() {
    TaskGroup group = TaskGroup.open(Runnable::run);
    group.spawn(
        () -> {
          throw new IllegalStateException("failed");
        });

    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> group.spawn(() -> "late"));

    assertEquals("the task group is shutting down after a failure", refused.getMessage());
  }

  @Test
  void aClosedGroupRefusesNewTasks() {
    TaskGroup group = TaskGroup.open();
    group.close();

    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> group.spawn(() -> "late"));

    assertEquals("the task group is closed", refused.getMessage());
  }

  @Test
  void tasksMaySpawnMoreTasksIntoTheirGroup() {
    AtomicInteger ran = new AtomicInteger();
    try (TaskGroup group = TaskGroup.open()) {
      group.spawn(
          () -> {
            ran.incrementAndGet();
            return group.spawn(ran::incrementAndGet);
          });
    }

    assertEquals(2, ran.get());
  }

  @Test
  void aDeadlineCancelsEveryTaskAndCloseThrowsATimeout() throws Exception {
    Blocker blocker = new Blocker(1);
    TaskGroup group = TaskGroup.builder().deadline(Duration.ofMillis(50)).open();
    CompletableFuture<String> slow = group.spawn(blocker.task());

    CompletionException closed = assertThrows(CompletionException.class, group::close);

    assertEquals(TimeoutException.class, closed.getCause().getClass());
    assertEquals("the task group's deadline of PT0.05S passed", closed.getCause().getMessage());
    assertTrue(blocker.allInterrupted());
    assertTrue(slow.isCancelled());
  }

  @Test
  void cancelStopsEveryTask() throws Exception {
    Blocker blocker = new Blocker(2);
    TaskGroup group = TaskGroup.open();
    List<CompletableFuture<String>> tasks =
        List.of(group.spawn(blocker.task()), group.spawn(blocker.task()));
    assertTrue(blocker.allStarted());

    group.cancel();
    group.close();

    assertTrue(blocker.allInterrupted());
    assertTrue(tasks.stream().allMatch(CompletableFuture::isCancelled));
  }

  @Test
  void anInterruptedCloseCancelsTheTasksWaitsForThemAndThrowsCancellation() throws Exception {
    Blocker blocker = new Blocker(1);
    TaskGroup group = TaskGroup.open();
    CompletableFuture<String> task = group.spawn(blocker.task());
    assertTrue(blocker.allStarted());
    Thread.currentThread().interrupt();

    assertThrows(CancellationException.class, group::close);

    assertTrue(Thread.interrupted(), "close cleared the interrupt status");
    assertTrue(task.isCancelled());
    assertTrue(blocker.allInterrupted());
  }

  @Test
  void aTaskCompletedByHandBeforeItRunsStillLetsTheGroupClose() {
    Queue<Runnable> held = new ArrayDeque<>();
    AtomicInteger ran = new AtomicInteger();
    TaskGroup group = TaskGroup.open(held::add);
    CompletableFuture<Integer> task = group.spawn(ran::incrementAndGet);

    task.complete(-1);
    held.remove().run();

    assertTimeoutPreemptively(Duration.ofSeconds(10), group::close);
    assertEquals(0, ran.get());
    assertEquals(-1, task.join());
  }

  @Test
  void aRefusedTaskFailsTheGroup() {
    RejectedExecutionException refusal = new RejectedExecutionException("full");
    TaskGroup group =
        TaskGroup.open(
            command -> {
              throw refusal;
            });
    group.spawn(() -> "never");

    assertSame(refusal, assertThrows(CompletionException.class, group::close).getCause());
    assertFalse(Thread.currentThread().isInterrupted());
  }

  @Test
  void aCancelledGroupRefusesNewTasks() {
    TaskGroup group = TaskGroup.open();
    group.cancel();

    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> group.spawn(() -> "late"));

    assertEquals("the task group is shutting down: it was cancelled", refused.getMessage());
    group.close();
  }

  @Test
  void aTaskReactingToItsCancellationCannotStartUncancelledWork() throws Exception {
    Blocker blocker = new Blocker(1);
    AtomicInteger retries = new AtomicInteger();
    CompletableFuture<Throwable> spawnFromCancelled = new CompletableFuture<>();
    TaskGroup group = TaskGroup.open();
    Callable<String> blocking = blocker.task();
    group.spawn(
        () -> {
          try {
            return blocking.call();
          } catch (InterruptedException e) {
            try {
              group.spawn(retries::incrementAndGet);
              spawnFromCancelled.complete(null);
            } catch (IllegalStateException refused) {
              spawnFromCancelled.complete(refused);
            }
            throw e;
          }
        });
    assertTrue(blocker.allStarted());

    group.cancel();
    assertTimeoutPreemptively(Duration.ofSeconds(10), group::close);

    Throwable refused = spawnFromCancelled.get(10, SECONDS);
    assertEquals(IllegalStateException.class, refused.getClass());
    assertEquals("the task group is shutting down: it was cancelled", refused.getMessage());
    assertEquals(0, retries.get());
  }

  @Test
  void anInterruptedCloseRefusesTheTasksItsCancelledTasksSpawn() throws Exception {
    Blocker blocker = new Blocker(1);
    CompletableFuture<Throwable> spawnFromCancelled = new CompletableFuture<>();
    TaskGroup group = TaskGroup.open();
    Callable<String> blocking = blocker.task();
    group.spawn(
        () -> {
          try {
            return blocking.call();
          } catch (InterruptedException e) {
            spawnFromCancelled.complete(
                assertThrows(IllegalStateException.class, () -> group.spawn(() -> "retry")));
            throw e;
          }
        });
    assertTrue(blocker.allStarted());
    Thread.currentThread().interrupt();

    assertThrows(CancellationException.class, group::close);

    assertTrue(Thread.interrupted());
    assertEquals(
        "the task group is shutting down: it was cancelled",
        spawnFromCancelled.get(10, SECONDS).getMessage());
  }

  @Test
  void aTaskThrowingCancellationOfItsOwnFailsTheGroup() {
    CancellationException own = new CancellationException("awaited a cancelled future");
    TaskGroup group = TaskGroup.open(Runnable::run);
    group.spawn(
        () -> {
          throw own;
        });

    assertSame(own, assertThrows(CompletionException.class, group::close).getCause());
  }

  /**
   * B awaits A. When cancel() reaches A first, A's callback holds the cancelling thread until B has
   * failed with A's CancellationException while B's own future is still uncancelled: the echo must
   * not count as the group's failure. The group cancels in no fixed order, so the scenario runs ten
   * times; when B is reached first, its echo is dropped anyway.
   */
  @RepeatedTest(10)
  void aCancellationEchoedByATaskAfterCancelIsNotAFailure() throws Exception {
    CountDownLatch aCancelled = new CountDownLatch(1);
    CountDownLatch bDone = new CountDownLatch(1);
    TaskGroup group = TaskGroup.open();
    Blocker blocker = new Blocker(1);
    CompletableFuture<String> a = group.spawn(blocker.task());
    a.whenComplete(
        (value, failure) -> {
          aCancelled.countDown();
          try {
            bDone.await(10, SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    CompletableFuture<String> b =
        group.spawn(
            () -> {
              aCancelled.await();
              return Tasks.await(a);
            });
    b.whenComplete((value, failure) -> bDone.countDown());
    assertTrue(blocker.allStarted());

    group.cancel();

    assertTimeoutPreemptively(Duration.ofSeconds(10), group::close);
    assertTrue(b.isCompletedExceptionally());
  }
}
