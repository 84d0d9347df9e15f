package dev.asyncify.runtime;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link Tasks#limit}: runs at most {@code limit} commands at once on the delegate and queues the
 * rest, without ever blocking the caller. Each of up to {@code limit} workers on the delegate runs
 * queued commands one after another until the queue is empty.
 */
final class LimitedExecutor implements Executor {

  private final Executor delegate;
  private final int limit;
  private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger workers = new AtomicInteger();

  LimitedExecutor(Executor delegate, int limit) {
    this.delegate = delegate;
    this.limit = limit;
  }

  @Override
  public void execute(Runnable command) {
    if (command == null) {
      throw new NullPointerException("command");
    }
    queue.add(command);
    try {
      startWorkerIfNeeded();
    } catch (RuntimeException refused) {
      // The delegate refused the worker that would have run it: the caller learns so, now.
      if (queue.remove(command)) {
        throw refused;
      }
    }
  }

  private void startWorkerIfNeeded() {
    while (!queue.isEmpty()) {
      int running = workers.get();
      if (running >= limit) {
        return;
      }
      if (workers.compareAndSet(running, running + 1)) {
        try {
          delegate.execute(this::work);
        } catch (RuntimeException refused) {
          workers.decrementAndGet();
          throw refused;
        }
        return;
      }
    }
  }

  private void work() {
    try {
      for (Runnable next = queue.poll(); next != null; next = queue.poll()) {
        next.run();
      }
    } finally {
      workers.decrementAndGet();
      // A command queued after the last poll, while this worker still counted, needs a worker.
      startWorkerIfNeeded();
    }
  }

  @Override
  public String toString() {
    return "Tasks.limit(" + delegate + ", " + limit + ")";
  }
}
