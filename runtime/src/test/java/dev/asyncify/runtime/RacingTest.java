package dev.asyncify.runtime;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** sleep, waitFor, asCompleted, firstCompleted, anySuccessful, wait and shield, in real time. */
class RacingTest {

  private static Throwable failureOf(CompletableFuture<?> future) throws Exception {
    return future.handle((value, failure) -> failure).get(10, SECONDS);
  }

  @Test
  void sleepCompletesWithNullAfterTheDelay() throws Exception {
    long start = System.nanoTime();

    CompletableFuture<Void> sleeping = Tasks.sleep(Duration.ofMillis(50));

    assertEquals(null, sleeping.get(10, SECONDS));
    assertTrue(System.nanoTime() - start >= Duration.ofMillis(50).toNanos());
  }

  @Test
  void thousandsOfSleepsHoldNoThreads() throws Exception {
    int before = Thread.activeCount();
    List<CompletableFuture<Void>> sleeps = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      sleeps.add(Tasks.sleep(Duration.ofMillis(300)));
    }

    int during = Thread.activeCount();
    Tasks.gather(sleeps).get(30, SECONDS);

    assertTrue(during - before < 50, "threads went from " + before + " to " + during);
  }

  @Test
  void waitForGivesTheValueWhenItComesInTime() throws Exception {
    CompletableFuture<String> quick = CompletableFuture.completedFuture("quick");

    assertEquals("quick", Tasks.waitFor(quick, Duration.ofSeconds(10)).get(10, SECONDS));
  }

  @Test
  void waitForPassesOnTheInputsOwnFailure() throws Exception {
    IOException thrown = new IOException("failed in time");
    CompletableFuture<String> failing =
        CompletableFuture.<String>failedFuture(thrown).thenApply(value -> value);

    assertSame(thrown, failureOf(Tasks.waitFor(failing, Duration.ofSeconds(10))));
  }

  @Test
  void waitForTimesOutAndInterruptsTheRunningTask() throws Exception {
    Blocker blocker = new Blocker(1);
    CompletableFuture<String> slow = Tasks.spawn(blocker.task());

    CompletableFuture<String> bounded = Tasks.waitFor(slow, Duration.ofMillis(50));

    Throwable failure = failureOf(bounded);
    assertEquals(TimeoutException.class, failure.getClass());
    assertEquals("waitFor timed out after PT0.05S", failure.getMessage());
    assertTrue(blocker.allInterrupted(), "the timed-out task was left running");
    assertTrue(slow.isCancelled());
  }

  @Test
  void cancellingWaitForCancelsTheInput() {
    CompletableFuture<String> input = new CompletableFuture<>();

    assertTrue(Tasks.waitFor(input, Duration.ofSeconds(10)).cancel(true));

    assertTrue(input.isCancelled());
  }

  @Test
  void asCompletedGivesTheOutcomesInFinishingOrder() throws Exception {
    CompletableFuture<String> a = new CompletableFuture<>();
    CompletableFuture<String> b = new CompletableFuture<>();
    CompletableFuture<String> c = new CompletableFuture<>();
    IOException thrown = new IOException("a failed");

    List<CompletableFuture<String>> inOrder = Tasks.asCompleted(a, b, c);
    c.complete("c");
    a.completeExceptionally(thrown);
    b.complete("b");

    assertEquals("c", inOrder.get(0).get(10, SECONDS));
    assertSame(thrown, failureOf(inOrder.get(1)));
    assertEquals("b", inOrder.get(2).get(10, SECONDS));
  }

  @Test
  void firstCompletedTakesTheFirstOutcomeAndCancelsTheOthers() throws Exception {
    CompletableFuture<String> slow = new CompletableFuture<>();
    CompletableFuture<String> fast = new CompletableFuture<>();

    CompletableFuture<String> first = Tasks.firstCompleted(List.of(slow, fast));
    fast.complete("fast");

    assertEquals("fast", first.get(10, SECONDS));
    assertTrue(slow.isCancelled());
  }

  @Test
  void firstCompletedTakesAFirstFailureToo() throws Exception {
    IllegalStateException thrown = new IllegalStateException("first and failed");
    CompletableFuture<String> other = new CompletableFuture<>();

    CompletableFuture<String> first =
        Tasks.firstCompleted(CompletableFuture.failedFuture(thrown), other);

    assertSame(thrown, failureOf(first));
    assertTrue(other.isCancelled());
  }

  @Test
  void firstCompletedInterruptsTheLosingTasks() throws Exception {
    Blocker blocker = new Blocker(2);
    CompletableFuture<String> loserA = Tasks.spawn(blocker.task());
    CompletableFuture<String> loserB = Tasks.spawn(blocker.task());
    CompletableFuture<String> winner = new CompletableFuture<>();
    CompletableFuture<String> first = Tasks.firstCompleted(loserA, winner, loserB);
    assertTrue(blocker.allStarted());

    winner.complete("won");

    assertEquals("won", first.get(10, SECONDS));
    assertTrue(blocker.allInterrupted(), "the losers were left running");
  }

  @Test
  void racingNothingIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Tasks.firstCompleted(List.of()));
    assertThrows(IllegalArgumentException.class, () -> Tasks.anySuccessful(List.of()));
  }

  @Test
  void anySuccessfulSkipsFailuresAndCancelsTheRest() throws Exception {
    CompletableFuture<String> failing = new CompletableFuture<>();
    CompletableFuture<String> succeeding = new CompletableFuture<>();
    CompletableFuture<String> pending = new CompletableFuture<>();

    CompletableFuture<String> any = Tasks.anySuccessful(failing, succeeding, pending);
    failing.completeExceptionally(new IOException("down"));
    assertFalse(any.isDone());
    succeeding.complete("up");

    assertEquals("up", any.get(10, SECONDS));
    assertTrue(pending.isCancelled());
  }

  @Test
  void anySuccessfulFailsWhenAllFailWithTheFirstFailureAndTheOthersSuppressed() throws Exception {
    CompletableFuture<String> a = new CompletableFuture<>();
    CompletableFuture<String> b = new CompletableFuture<>();
    CompletableFuture<String> c = new CompletableFuture<>();
    IOException second = new IOException("b down");
    IOException first = new IOException("a down");
    IOException third = new IOException("c down");

    CompletableFuture<String> any = Tasks.anySuccessful(a, b, c);
    b.completeExceptionally(second);
    a.completeExceptionally(first);
    c.completeExceptionally(third);

    assertSame(second, failureOf(any));
    assertArrayEquals(new Throwable[] {first, third}, second.getSuppressed());
  }

  @Test
  void waitFirstCompletedReturnsOnceOneIsDone() throws Exception {
    CompletableFuture<String> a = new CompletableFuture<>();
    CompletableFuture<String> b = new CompletableFuture<>();

    CompletableFuture<Waited<CompletableFuture<String>>> waited =
        Tasks.wait(List.of(a, b), ReturnWhen.FIRST_COMPLETED);
    b.complete("b");

    assertEquals(new Waited<>(List.of(b), List.of(a)), waited.get(10, SECONDS));
    assertFalse(a.isDone(), "wait cancels nothing");
  }

  @Test
  void waitFirstExceptionReturnsOnTheFirstFailureNotOnASuccess() throws Exception {
    CompletableFuture<String> a = new CompletableFuture<>();
    CompletableFuture<String> b = new CompletableFuture<>();
    CompletableFuture<String> c = new CompletableFuture<>();

    CompletableFuture<Waited<CompletableFuture<String>>> waited =
        Tasks.wait(List.of(a, b, c), ReturnWhen.FIRST_EXCEPTION);
    a.complete("fine");
    assertFalse(waited.isDone());
    c.completeExceptionally(new IOException("broken"));

    assertEquals(new Waited<>(List.of(a, c), List.of(b)), waited.get(10, SECONDS));
  }

  @Test
  void waitAllCompletedReturnsWhenEveryStageIsDone() throws Exception {
    CompletableFuture<String> a = new CompletableFuture<>();
    CompletableFuture<String> b = new CompletableFuture<>();

    CompletableFuture<Waited<CompletableFuture<String>>> waited =
        Tasks.wait(List.of(a, b), ReturnWhen.ALL_COMPLETED);
    a.completeExceptionally(new IOException("failed, still done"));
    assertFalse(waited.isDone());
    b.complete("b");

    assertEquals(new Waited<>(List.of(a, b), List.of()), waited.get(10, SECONDS));
  }

  @Test
  void waitReturnsWhatIsDoneWhenTheTimeoutPassesAndCancelsNothing() throws Exception {
    CompletableFuture<String> done = CompletableFuture.completedFuture("done");
    CompletableFuture<String> never = new CompletableFuture<>();

    Waited<CompletableFuture<String>> waited =
        Tasks.wait(List.of(done, never), ReturnWhen.ALL_COMPLETED, Duration.ofMillis(50))
            .get(10, SECONDS);

    assertEquals(new Waited<>(List.of(done), List.of(never)), waited);
    assertFalse(never.isDone());
  }

  @Test
  void waitCountsEveryInputThatWasAlreadyDoneAsDone() throws Exception {
    CompletableFuture<String> a = CompletableFuture.completedFuture("a");
    CompletableFuture<String> pending = new CompletableFuture<>();
    CompletableFuture<String> c = CompletableFuture.completedFuture("c");

    Waited<CompletableFuture<String>> waited =
        Tasks.wait(List.of(a, pending, c), ReturnWhen.FIRST_COMPLETED).get(10, SECONDS);

    assertEquals(new Waited<>(List.of(a, c), List.of(pending)), waited);
  }

  @Test
  void waitOfNothingIsDoneAtOnce() throws Exception {
    assertEquals(
        new Waited<CompletableFuture<String>>(List.of(), List.of()),
        Tasks.wait(List.<CompletableFuture<String>>of(), ReturnWhen.ALL_COMPLETED).get(1, SECONDS));
  }

  @Test
  void cancellingAShieldLeavesTheInputRunning() throws Exception {
    CompletableFuture<String> input = new CompletableFuture<>();
    CompletableFuture<String> shielded = Tasks.shield(input);

    assertTrue(shielded.cancel(true));
    input.complete("finished anyway");

    assertFalse(input.isCancelled());
    assertEquals("finished anyway", input.get(10, SECONDS));
  }

  @Test
  void aShieldCompletesAsItsInputWithTheFailureUnwrapped() throws Exception {
    IOException thrown = new IOException("input failed");
    CompletableFuture<String> input = new CompletableFuture<>();
    CompletableFuture<String> shielded = Tasks.shield(input.thenApply(value -> value));

    input.completeExceptionally(thrown);

    assertSame(thrown, failureOf(shielded));
  }

  @Test
  void aShieldedWriteSurvivesATimeout() throws Exception {
    CompletableFuture<String> write = new CompletableFuture<>();

    Throwable failure = failureOf(Tasks.waitFor(Tasks.shield(write), Duration.ofMillis(20)));
    write.complete("written");

    assertEquals(TimeoutException.class, failure.getClass());
    assertEquals("written", write.get(10, SECONDS));
  }

  @Test
  void cancellationOfAnInputEndsAnySuccessfulOnlyWhenAllAreGone() throws Exception {
    CompletableFuture<String> cancelled = new CompletableFuture<>();
    cancelled.cancel(false);

    Throwable failure = failureOf(Tasks.anySuccessful(cancelled));

    assertEquals(CancellationException.class, failure.getClass());
  }

  // Orderings: whatever is chained to a result sees the losers, or the timed-out input, already
  // cancelled and their calls already interrupted.

  /**
   * A task that parks until interrupted. {@link #interruptSeen} is true from the moment the
   * interrupt is delivered: the worker's flag stays set until the body has counted down, and the
   * runner clears it only after that.
   */
  private static final class Parker {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch interrupted = new CountDownLatch(1);
    volatile Thread worker;

    Callable<String> task() {
      return () -> {
        worker = Thread.currentThread();
        started.countDown();
        while (!Thread.currentThread().isInterrupted()) {
          LockSupport.park(this);
        }
        interrupted.countDown();
        return "interrupted";
      };
    }

    boolean interruptSeen() {
      return worker.isInterrupted() || interrupted.getCount() == 0;
    }
  }

  @Test
  void waitForCancelsAndInterruptsTheCallBeforeTheTimeoutIsSeen() throws Exception {
    Parker parker = new Parker();
    CompletableFuture<String> call = Tasks.spawn(parker.task());
    assertTrue(parker.started.await(10, SECONDS));
    CompletableFuture<List<Boolean>> seenAtTimeout = new CompletableFuture<>();

    Tasks.waitFor(call, Duration.ofMillis(20))
        .whenComplete(
            (value, failure) ->
                seenAtTimeout.complete(
                    List.of(
                        failure instanceof TimeoutException,
                        call.isCancelled(),
                        parker.interruptSeen())));

    assertEquals(List.of(true, true, true), seenAtTimeout.get(10, SECONDS));
  }

  @Test
  void waitForFailsWithTheTimeoutNotWithTheCancellationOfItsInput() throws Exception {
    CompletableFuture<String> never = new CompletableFuture<>();

    Throwable failure = failureOf(Tasks.waitFor(never, Duration.ofMillis(20)));

    assertEquals(TimeoutException.class, failure.getClass());
    assertTrue(never.isCancelled());
  }

  @Test
  void waitForDoesNotWaitForACallThatIgnoresItsInterrupt() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch exited = new CountDownLatch(1);
    CompletableFuture<String> stubborn =
        Tasks.spawn(
            () -> {
              try {
                while (true) {
                  try {
                    release.await();
                    return "finished";
                  } catch (InterruptedException ignored) {
                    // This call will not be stopped.
                  }
                }
              } finally {
                exited.countDown();
              }
            });

    Throwable failure = failureOf(Tasks.waitFor(stubborn, Duration.ofMillis(20)));

    assertEquals(TimeoutException.class, failure.getClass());
    assertEquals(1, exited.getCount(), "the timeout waited for the call to exit");
    release.countDown();
    assertTrue(exited.await(10, SECONDS));
  }

  @Test
  void firstCompletedCancelsAndInterruptsTheLosersBeforeItsResultIsSeen() throws Exception {
    Parker parker = new Parker();
    CompletableFuture<String> loser = Tasks.spawn(parker.task());
    CompletableFuture<String> never = new CompletableFuture<>();
    CompletableFuture<String> winner = new CompletableFuture<>();
    assertTrue(parker.started.await(10, SECONDS));
    CompletableFuture<List<Object>> seenAtWin = new CompletableFuture<>();
    Tasks.firstCompleted(loser, never, winner)
        .whenComplete(
            (value, failure) ->
                seenAtWin.complete(
                    List.of(
                        value, loser.isCancelled(), parker.interruptSeen(), never.isCancelled())));

    winner.complete("won");

    assertEquals(List.of("won", true, true, true), seenAtWin.get(10, SECONDS));
  }

  @Test
  void anySuccessfulCancelsAndInterruptsTheLosersBeforeItsResultIsSeen() throws Exception {
    Parker parker = new Parker();
    CompletableFuture<String> loser = Tasks.spawn(parker.task());
    CompletableFuture<String> winner = new CompletableFuture<>();
    assertTrue(parker.started.await(10, SECONDS));
    CompletableFuture<List<Object>> seenAtWin = new CompletableFuture<>();
    Tasks.anySuccessful(loser, winner)
        .whenComplete(
            (value, failure) ->
                seenAtWin.complete(List.of(value, loser.isCancelled(), parker.interruptSeen())));

    winner.complete("won");

    assertEquals(List.of("won", true, true), seenAtWin.get(10, SECONDS));
  }

  // A stage that cannot be cancelled, such as the read-only minimalCompletionStage, is left alone
  // by every operation that passes a cancellation on.

  @Test
  void waitForTimesOutOnAStageThatCannotBeCancelled() throws Exception {
    CompletableFuture<String> never = new CompletableFuture<>();

    Throwable failure =
        failureOf(Tasks.waitFor(never.minimalCompletionStage(), Duration.ofMillis(20)));

    assertEquals(TimeoutException.class, failure.getClass());
    assertFalse(never.isDone());
  }

  @Test
  void cancellingARaceOverStagesThatCannotBeCancelledDoesNotThrow() {
    CompletableFuture<String> never = new CompletableFuture<>();
    List<CompletableFuture<String>> results =
        List.of(
            Tasks.waitFor(never.minimalCompletionStage(), Duration.ofSeconds(60)),
            Tasks.firstCompleted(never.minimalCompletionStage()),
            Tasks.anySuccessful(never.minimalCompletionStage()));

    for (CompletableFuture<String> result : results) {
      assertTrue(result.cancel(true));
      assertTrue(result.isCancelled());
    }
    assertFalse(never.isDone());
  }

  @Test
  void firstCompletedLeavesALoserThatCannotBeCancelledAlone() throws Exception {
    CompletableFuture<String> never = new CompletableFuture<>();

    CompletableFuture<String> first =
        Tasks.firstCompleted(
            never.minimalCompletionStage(), CompletableFuture.completedFuture("a"));

    assertEquals("a", first.get(10, SECONDS));
    assertFalse(never.isDone());
  }
}
