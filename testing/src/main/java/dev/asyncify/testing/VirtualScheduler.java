package dev.asyncify.testing;

import dev.asyncify.runtime.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Scheduler} whose time moves only when a test says so, for testing {@code sleep}, {@code
 * waitFor}, {@code wait} timeouts and task group deadlines deterministically:
 *
 * <pre>{@code
 * VirtualScheduler time = new VirtualScheduler();
 * CompletableFuture<String> bounded = Tasks.waitFor(slowCall, Duration.ofSeconds(5), time);
 * time.advance(Duration.ofSeconds(5));   // the timeout fires here, on this thread
 * assertTrue(bounded.isCompletedExceptionally());
 * }</pre>
 *
 * <p>Time starts at zero. {@link #advance} runs every action that falls due, in the order of their
 * due times (then of scheduling), on the calling thread, with {@link #now()} set to each action's
 * due time while it runs; actions it schedules run too if they fall due in the window. It is safe
 * to use from several threads.
 */
public final class VirtualScheduler implements Scheduler {

  private final PriorityQueue<Timer> timers =
      new PriorityQueue<>(
          Comparator.comparingLong((Timer timer) -> timer.dueNanos)
              .thenComparingLong(timer -> timer.sequence));
  private long nowNanos;
  private long scheduled;

  /** Makes a scheduler at virtual time zero. */
  public VirtualScheduler() {}

  @Override
  public synchronized Future<?> schedule(Runnable action, Duration delay) {
    Objects.requireNonNull(action, "action");
    long delayNanos = Math.max(0, saturatedNanos(delay));
    Timer timer = new Timer(action, saturatedAdd(nowNanos, delayNanos), scheduled++);
    timers.add(timer);
    return timer;
  }

  /**
   * Moves time forward by {@code duration}, running every action that falls due.
   *
   * @param duration how far to move; must not be negative
   */
  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("time cannot go back: " + duration);
    }
    long target;
    synchronized (this) {
      target = saturatedAdd(nowNanos, saturatedNanos(duration));
    }
    for (Timer due = nextDue(target); due != null; due = nextDue(target)) {
      due.fire();
    }
    synchronized (this) {
      nowNanos = Math.max(nowNanos, target);
    }
  }

  private synchronized @Nullable Timer nextDue(long target) {
    Timer next = timers.peek();
    if (next == null || next.dueNanos > target) {
      return null;
    }
    timers.remove();
    nowNanos = next.dueNanos;
    return next;
  }

  /**
   * How much virtual time has passed since this scheduler was made.
   *
   * @return the virtual time
   */
  public synchronized Duration now() {
    return Duration.ofNanos(nowNanos);
  }

  /**
   * How many actions wait to fall due: scheduled and neither run nor cancelled.
   *
   * @return the count of pending actions
   */
  public synchronized int pending() {
    return timers.size();
  }

  /**
   * The delays, from now, of the pending actions, soonest first.
   *
   * @return the pending delays
   */
  public synchronized List<Duration> pendingDelays() {
    List<Timer> sorted = new ArrayList<>(timers);
    sorted.sort(timers.comparator());
    List<Duration> delays = new ArrayList<>();
    sorted.forEach(timer -> delays.add(Duration.ofNanos(timer.dueNanos - nowNanos)));
    return delays;
  }

  private synchronized boolean forget(Timer timer) {
    return timers.remove(timer);
  }

  private static long saturatedNanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException tooLong) {
      return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }

  @Override
  public synchronized String toString() {
    return "VirtualScheduler[now="
        + Duration.ofNanos(nowNanos)
        + ", pending="
        + timers.size()
        + "]";
  }

  /** A pending action; completes when it has run, and cancelling it takes it off the queue. */
  private final class Timer extends CompletableFuture<Void> {
    private final Runnable action;
    private final long dueNanos;
    private final long sequence;

    Timer(Runnable action, long dueNanos, long sequence) {
      this.action = action;
      this.dueNanos = dueNanos;
      this.sequence = sequence;
    }

    void fire() {
      if (isDone()) {
        return;
      }
      try {
        action.run();
        complete(null);
      } catch (RuntimeException | Error failure) {
        completeExceptionally(failure);
        throw failure;
      }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      if (cancelled) {
        forget(this);
      }
      return cancelled;
    }
  }
}
