package dev.asyncify.testing;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * An executor that keeps its tasks until a test runs them, on the test's own thread: so a test
 * decides exactly when each facade call or spawned task starts, or that it never does.
 *
 * <pre>{@code
 * ManualExecutor executor = new ManualExecutor();
 * UserRepoAsync repo = UserRepoAsync.of(fakeRepo, executor);
 * CompletableFuture<User> user = repo.find(1L);   // queued, not run
 * user.cancel(true);
 * executor.runAll();                              // the call never reaches fakeRepo
 * }</pre>
 *
 * <p>It is safe to use from several threads.
 */
public final class ManualExecutor implements Executor {

  private final Queue<Runnable> queue = new ArrayDeque<>();

  /** Makes an executor with no tasks. */
  public ManualExecutor() {}

  @Override
  public synchronized void execute(Runnable command) {
    queue.add(Objects.requireNonNull(command, "command"));
  }

  /**
   * Runs the oldest waiting task on this thread.
   *
   * @return whether there was one
   */
  public boolean runNext() {
    Runnable next;
    synchronized (this) {
      next = queue.poll();
    }
    if (next == null) {
      return false;
    }
    next.run();
    return true;
  }

  /**
   * Runs waiting tasks on this thread until none is left, including those they submit.
   *
   * @return how many ran
   */
  public int runAll() {
    int ran = 0;
    while (runNext()) {
      ran++;
    }
    return ran;
  }

  /**
   * How many tasks wait to run.
   *
   * @return the count
   */
  public synchronized int pending() {
    return queue.size();
  }

  @Override
  public synchronized String toString() {
    return "ManualExecutor[pending=" + queue.size() + "]";
  }
}
