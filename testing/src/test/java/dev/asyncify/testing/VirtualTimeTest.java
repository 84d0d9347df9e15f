package dev.asyncify.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncify.runtime.ReturnWhen;
import dev.asyncify.runtime.TaskGroup;
import dev.asyncify.runtime.Tasks;
import dev.asyncify.runtime.Waited;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The runtime's timed operations against virtual time: no sleeps, no threads, exact instants. */
class VirtualTimeTest {

  private final VirtualScheduler time = new VirtualScheduler();
  private final ManualExecutor executor = new ManualExecutor();

  @Test
  void sleepCompletesExactlyWhenItsDelayHasPassed() {
    CompletableFuture<Void> sleeping = Tasks.sleep(Duration.ofSeconds(5), time);

    time.advance(Duration.ofMillis(4_999));
    assertFalse(sleeping.isDone());
    time.advance(Duration.ofMillis(1));

    assertTrue(sleeping.isDone());
    assertEquals(Duration.ofSeconds(5), time.now());
  }

  @Test
  void cancellingASleepForgetsItsTimer() {
    CompletableFuture<Void> sleeping = Tasks.sleep(Duration.ofHours(1), time);

    sleeping.cancel(false);

    assertEquals(0, time.pending());
  }

  @Test
  void aTimedOutCallThatHadNotStartedNeverRuns() {
    AtomicBoolean ran = new AtomicBoolean();
    CompletableFuture<Boolean> call = Tasks.spawn(() -> ran.getAndSet(true), executor);
    CompletableFuture<Boolean> bounded = Tasks.waitFor(call, Duration.ofSeconds(2), time);

    time.advance(Duration.ofSeconds(2));
    executor.runAll();

    assertEquals(
        TimeoutException.class, bounded.handle((value, failure) -> failure).join().getClass());
    assertTrue(call.isCancelled());
    assertFalse(ran.get());
  }

  @Test
  void aCallThatFinishesInTimeCancelsItsTimeout() {
    CompletableFuture<String> call = Tasks.spawn(() -> "in time", executor);
    CompletableFuture<String> bounded = Tasks.waitFor(call, Duration.ofSeconds(2), time);

    executor.runAll();

    assertEquals("in time", bounded.join());
    assertEquals(0, time.pending());
  }

  @Test
  void waitReturnsThePartitionWhenTheTimeoutPasses() {
    CompletableFuture<String> quick = Tasks.spawn(() -> "quick", executor);
    CompletableFuture<String> stuck = new CompletableFuture<>();
    CompletableFuture<Waited<CompletableFuture<String>>> waited =
        Tasks.wait(List.of(quick, stuck), ReturnWhen.ALL_COMPLETED, Duration.ofSeconds(1), time);

    executor.runAll();
    assertFalse(waited.isDone());
    time.advance(Duration.ofSeconds(1));

    assertEquals(new Waited<>(List.of(quick), List.of(stuck)), waited.join());
  }

  @Test
  void aDeadlineAfterAFailureIsAttachedToItAsSuppressed() {
    IllegalStateException thrown = new IllegalStateException("failed first");
    TaskGroup group =
        TaskGroup.builder()
            .executor(DirectExecutor.INSTANCE)
            .deadline(Duration.ofSeconds(1))
            .scheduler(time)
            .open();
    group.spawn(
        () -> {
          throw thrown;
        });

    time.advance(Duration.ofSeconds(1));
    CompletionException closed = assertThrows(CompletionException.class, group::close);

    assertSame(thrown, closed.getCause());
    assertEquals(1, closed.getSuppressed().length);
    assertEquals(TimeoutException.class, closed.getSuppressed()[0].getClass());
  }

  @Test
  void aGroupDeadlineCancelsTasksThatHaveNotStarted() {
    AtomicBoolean ran = new AtomicBoolean();
    TaskGroup group =
        TaskGroup.builder()
            .executor(executor)
            .deadline(Duration.ofMillis(10))
            .scheduler(time)
            .open();
    CompletableFuture<Boolean> task = group.spawn(() -> ran.getAndSet(true));

    time.advance(Duration.ofMillis(10));
    executor.runAll();
    CompletionException closed = assertThrows(CompletionException.class, group::close);

    assertEquals(TimeoutException.class, closed.getCause().getClass());
    assertTrue(task.isCancelled());
    assertFalse(ran.get());
  }

  @Test
  void actionsRunInDueOrderWithTheClockAtTheirDueTime() {
    List<String> log = new ArrayList<>();
    time.schedule(() -> log.add("c at " + time.now()), Duration.ofSeconds(3));
    time.schedule(() -> log.add("a at " + time.now()), Duration.ofSeconds(1));
    time.schedule(() -> log.add("b at " + time.now()), Duration.ofSeconds(1));

    time.advance(Duration.ofSeconds(10));

    assertEquals(List.of("a at PT1S", "b at PT1S", "c at PT3S"), log);
    assertEquals(Duration.ofSeconds(10), time.now());
  }

  @Test
  void anActionScheduledByAnotherRunsInTheSameAdvanceWhenItFallsDue() {
    List<Duration> fired = new ArrayList<>();
    time.schedule(
        () -> {
          fired.add(time.now());
          time.schedule(() -> fired.add(time.now()), Duration.ofSeconds(2));
        },
        Duration.ofSeconds(1));

    time.advance(Duration.ofSeconds(3));

    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(3)), fired);
  }

  @Test
  void aCancelledActionNeverRunsAndLeavesTheQueue() {
    AtomicBoolean ran = new AtomicBoolean();
    Future<?> timer = time.schedule(() -> ran.set(true), Duration.ofSeconds(1));

    assertTrue(timer.cancel(false));
    time.advance(Duration.ofSeconds(2));

    assertFalse(ran.get());
    assertEquals(0, time.pending());
  }

  @Test
  void pendingDelaysAreCountedFromNow() {
    time.schedule(() -> {}, Duration.ofSeconds(5));
    time.advance(Duration.ofSeconds(2));

    assertEquals(List.of(Duration.ofSeconds(3)), time.pendingDelays());
  }

  @Test
  void timeCannotGoBack() {
    assertThrows(IllegalArgumentException.class, () -> time.advance(Duration.ofSeconds(-1)));
  }

  @Test
  void aManualExecutorRunsTasksInOrderOnlyWhenAsked() throws Exception {
    List<Integer> order = new ArrayList<>();
    executor.execute(() -> order.add(1));
    executor.execute(() -> order.add(2));

    assertEquals(2, executor.pending());
    assertTrue(executor.runNext());
    assertEquals(List.of(1), order);
    assertEquals(1, executor.runAll());
    assertEquals(List.of(1, 2), order);
    assertFalse(executor.runNext());
  }

  @Test
  void aDirectExecutorRunsTheCallBeforeSpawnReturns() {
    IOException thrown = new IOException("at once");

    CompletableFuture<String> failed =
        Tasks.spawn(
            () -> {
              throw thrown;
            },
            DirectExecutor.INSTANCE);

    assertTrue(failed.isDone());
    assertSame(thrown, failed.handle((value, failure) -> failure).join());
  }
}
