package dev.asyncify.runtime;

import java.time.Duration;
import java.util.concurrent.Future;

/**
 * Where timed work waits: {@link Tasks#sleep}, {@link Tasks#waitFor}, the timeout of {@link
 * Tasks#wait(java.util.Collection, ReturnWhen, Duration)} and a {@link TaskGroup}'s deadline. The
 * {@linkplain #system() system scheduler} waits in real time; a test can pass a virtual one ({@code
 * dev.asyncify.testing.VirtualScheduler}) and move time forward by hand.
 */
public interface Scheduler {

  /**
   * Runs {@code action} once {@code delay} has passed.
   *
   * @param action what to run; it must be quick and must not block
   * @param delay how long to wait first; zero or negative runs it as soon as possible
   * @return a handle whose {@code cancel} keeps the action from running
   */
  Future<?> schedule(Runnable action, Duration delay);

  /**
   * The real-time scheduler: one daemon thread named {@code asyncify-timer} keeps the time, and
   * each action runs on the {@linkplain Tasks#defaultExecutor() default executor}, so that code
   * chained to a timed future never holds up the timer.
   *
   * @return the shared real-time scheduler
   */
  static Scheduler system() {
    return SystemScheduler.INSTANCE;
  }
}
