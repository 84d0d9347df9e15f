package dev.asyncify.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A TaskGroup as the executor of facade calls: each call is a task of the group. The calls here are
 * made as generated facades make them, by subclassing {@link FacadeSupport.Call}; the integration
 * tests do it with a real facade.
 */
class TaskGroupExecutorTest {

  /** What a generated facade method does for a call of {@code body}. */
  private static <T> CompletableFuture<T> facadeCall(Callable<T> body, TaskGroup group) {
    return new FacadeSupport.Call<T>() {
      @Override
      protected Object call() throws Exception {
        return body.call();
      }
    }.startOn(group);
  }

  @Test
  void aFailingFacadeCallCancelsAndInterruptsItsSiblingsAndCloseThrowsItsFailure()
      throws Exception {
    Blocker blocker = new Blocker(2);
    IllegalStateException thrown = new IllegalStateException("the query failed");
    TaskGroup group = TaskGroup.open();
    CompletableFuture<String> first = facadeCall(blocker.task(), group);
    CompletableFuture<String> second = facadeCall(blocker.task(), group);
    assertTrue(blocker.allStarted());

    CompletableFuture<String> failing =
        facadeCall(
            () -> {
              throw thrown;
            },
            group);

    assertSame(thrown, assertThrows(CompletionException.class, group::close).getCause());
    assertTrue(blocker.allInterrupted());
    assertTrue(first.isCancelled());
    assertTrue(second.isCancelled());
    assertSame(thrown, failing.handle((value, failure) -> failure).join());
  }

  @Test
  void closeWaitsForEveryCallToExit() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean exited = new AtomicBoolean();
    CompletableFuture<String> call;
    try (TaskGroup group = TaskGroup.open()) {
      call =
          facadeCall(
              () -> {
                release.await(10, TimeUnit.SECONDS);
                exited.set(true);
                return "done";
              },
              group);
      release.countDown();
    }

    assertTrue(exited.get());
    assertEquals("done", call.getNow(null));
  }

  @Test
  void aCallAfterTheGroupStoppedNeverStartsAndItsFutureSaysWhy() {
    AtomicBoolean ran = new AtomicBoolean();
    TaskGroup group = TaskGroup.open();
    group.cancel();

    CompletableFuture<String> refused =
        facadeCall(
            () -> {
              ran.set(true);
              return "ran";
            },
            group);

    Throwable failure = refused.handle((value, error) -> error).join();
    assertInstanceOf(RejectedExecutionException.class, failure);
    assertEquals("the task group is shutting down: it was cancelled", failure.getMessage());
    group.close();
    assertFalse(ran.get());
  }

  @Test
  void aCallThatTheCallerCancelsIsNotAFailureOfTheGroup() throws Exception {
    Blocker blocker = new Blocker(1);
    TaskGroup group = TaskGroup.open();
    CompletableFuture<String> call = facadeCall(blocker.task(), group);
    assertTrue(blocker.allStarted());

    call.cancel(true);

    group.close();
    assertTrue(blocker.allInterrupted());
  }

  @Test
  void aTaskOfTasksSpawnOnTheGroupJoinsItAsATaskOfTheGroup() throws Exception {
    Blocker blocker = new Blocker(1);
    TaskGroup group = TaskGroup.open();
    CompletableFuture<String> sibling = group.spawn(blocker.task());
    assertTrue(blocker.allStarted());

    Tasks.spawn(
        () -> {
          throw new IllegalArgumentException("bad input");
        },
        group);

    assertEquals(
        "bad input", assertThrows(CompletionException.class, group::close).getCause().getMessage());
    assertTrue(sibling.isCancelled());
  }

  @Test
  void aPlainRunnableBecomesATaskWhoseFailureStopsTheGroup() throws Exception {
    Blocker blocker = new Blocker(1);
    TaskGroup group = TaskGroup.open();
    CompletableFuture<String> sibling = group.spawn(blocker.task());
    assertTrue(blocker.allStarted());

    group.execute(
        () -> {
          throw new IllegalStateException("a runnable failed");
        });

    assertEquals(
        "a runnable failed",
        assertThrows(CompletionException.class, group::close).getCause().getMessage());
    assertTrue(sibling.isCancelled());
  }

  @Test
  void aClosedGroupRejectsARunnable() {
    TaskGroup group = TaskGroup.open();
    group.close();

    RejectedExecutionException rejected =
        assertThrows(RejectedExecutionException.class, () -> group.execute(() -> {}));

    assertEquals("the task group is closed", rejected.getMessage());
  }

  @Test
  void aFutureSomeoneAlreadyLookedAtRunsInsideATaskOfTheGroup() {
    TaskGroup group = TaskGroup.open();
    TaskFuture<String> looked = new TaskFuture.CallableTask<>(() -> "value");
    looked.thenApply(String::length); // a dependent stage: someone looks at it

    group.execute(looked);
    group.close();

    assertEquals("value", looked.join());
  }

  @Test
  void aCheckedFailureOfACallIsTheCauseOfWhatCloseThrows() {
    TaskGroup group = TaskGroup.open();
    IOException thrown = new IOException("disk");

    facadeCall(
        () -> {
          throw thrown;
        },
        group);

    assertSame(thrown, assertThrows(CompletionException.class, group::close).getCause());
  }
}
