package dev.asyncify.runtime;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * {@link Scheduler#system()}: one daemon timer thread that hands due actions to the default
 * executor.
 */
final class SystemScheduler implements Scheduler {

  static final SystemScheduler INSTANCE = new SystemScheduler();

  private final ScheduledThreadPoolExecutor timer;

  private SystemScheduler() {
    timer =
        new ScheduledThreadPoolExecutor(
            1,
            action -> {
              Thread thread = new Thread(action, "asyncify-timer");
              thread.setDaemon(true);
              return thread;
            });
    // A cancelled timeout (the usual case: the work finished in time) leaves the queue at once.
    timer.setRemoveOnCancelPolicy(true);
  }

  @Override
  public Future<?> schedule(Runnable action, Duration delay) {
    return timer.schedule(
        () -> DefaultExecutor.INSTANCE.execute(action),
        saturatedNanos(delay),
        TimeUnit.NANOSECONDS);
  }

  /** {@code delay} in nanoseconds, Long.MAX_VALUE for a delay too long to count so (292 years). */
  private static long saturatedNanos(Duration delay) {
    try {
      return delay.toNanos();
    } catch (ArithmeticException tooLong) {
      return delay.isNegative() ? 0 : Long.MAX_VALUE;
    }
  }

  @Override
  public String toString() {
    return "Scheduler.system()";
  }
}
