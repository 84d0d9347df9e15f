package dev.asyncify.runtime;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** Tasks that block until interrupted, and say when they started and when the interrupt came. */
final class Blocker {

  final CountDownLatch started;
  final CountDownLatch interrupted;

  Blocker(int tasks) {
    started = new CountDownLatch(tasks);
    interrupted = new CountDownLatch(tasks);
  }

  /** A task that blocks until its thread is interrupted, then rethrows the InterruptedException. */
  <T> Callable<T> task() {
    return () -> {
      started.countDown();
      try {
        new CountDownLatch(1).await();
        throw new AssertionError("a latch nobody counts down was released");
      } catch (InterruptedException expected) {
        interrupted.countDown();
        throw expected;
      }
    };
  }

  boolean allStarted() throws InterruptedException {
    return started.await(10, SECONDS);
  }

  boolean allInterrupted() throws InterruptedException {
    return interrupted.await(10, SECONDS);
  }
}
