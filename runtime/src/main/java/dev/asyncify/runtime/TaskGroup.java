package dev.asyncify.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Tasks that live and die together: asyncio's {@code TaskGroup}, or Java 21's StructuredTaskScope,
 * on Java 17.
 *
 * <pre>{@code
 * try (TaskGroup group = TaskGroup.open()) {
 *   CompletableFuture<User> user = group.spawn(() -> users.find(id));
 *   CompletableFuture<List<Order>> orders = group.spawn(() -> orders.forUser(id));
 * } // waits for both; if one failed, the other was cancelled and close() throws its failure
 * }</pre>
 *
 * <ul>
 *   <li>{@link #close()} waits until every task has finished running: no task outlives its group,
 *       not even one that was cancelled and is still unwinding.
 *   <li>The first failure cancels every other task, interrupting those running, and {@code close}
 *       throws a CompletionException caused by it, with the failures of other tasks attached as
 *       suppressed: a new exception, like asyncio's ExceptionGroup or StructuredTaskScope's
 *       ExecutionException, so that a block that awaited the failed task and rethrows its exception
 *       gets the group's as suppressed. A task cancelled by anyone is not a failure.
 *   <li>An optional deadline ({@link Builder#deadline}) cancels every task when it passes; {@code
 *       close} then throws a CompletionException caused by a TimeoutException.
 *   <li>Tasks may spawn more tasks into the group until {@code close} returns. Once the group is
 *       shutting down, after a failure, its deadline, {@link #cancel()} or an interrupted {@code
 *       close}, it refuses new tasks with an IllegalStateException: asyncio's "TaskGroup is
 *       shutting down".
 *   <li>A task that throws CancellationException of its own (it awaited a future someone cancelled)
 *       has failed, as in StructuredTaskScope: it shuts the group down and {@code close} throws a
 *       CompletionException caused by it. Only a task whose own future was cancelled is not a
 *       failure. asyncio would ignore such a task; here its result would be missing without a word.
 *       Once the group is shutting down, such a CancellationException is the shutdown's own echo
 *       and is not reported.
 *   <li>If the thread in {@code close} is interrupted, the group cancels its tasks, still waits for
 *       them to finish, and throws a CancellationException with the interrupt status set.
 * </ul>
 *
 * <p>Unlike asyncio, {@code close} cannot see that the block it ends threw: the tasks run on until
 * they finish. Call {@link #cancel()} to stop them sooner.
 */
public final class TaskGroup implements AutoCloseable, Executor {

  private final Executor executor;
  private final Object lock = new Object();

  /** The tasks that have not exited yet. */
  private final Set<TaskFuture<?>> tasks =
      Collections.newSetFromMap(new IdentityHashMap<>()); // guarded by lock

  private final List<Throwable> laterFailures = new ArrayList<>(); // guarded by lock
  private @Nullable Throwable firstFailure; // guarded by lock

  /** Set by cancel() or an interrupted close(); from then on nothing new runs in the group. */
  private boolean cancelled; // guarded by lock

  private boolean closed; // guarded by lock
  private final @Nullable Future<?> deadline;
  private final TaskFuture.Listener membership = new Membership();

  private TaskGroup(Executor executor, @Nullable Duration deadline, Scheduler scheduler) {
    this.executor = executor;
    this.deadline =
        deadline == null
            ? null
            : scheduler.schedule(
                () ->
                    shutDown(
                        new TimeoutException(
                            "the task group's deadline of " + deadline + " passed")),
                deadline);
  }

  /**
   * Opens a group whose tasks run on the {@linkplain Tasks#defaultExecutor() default executor},
   * with no deadline.
   *
   * @return a new group
   */
  public static TaskGroup open() {
    return builder().open();
  }

  /**
   * Opens a group whose tasks run on {@code executor}, with no deadline.
   *
   * @param executor where the tasks run
   * @return a new group
   */
  public static TaskGroup open(Executor executor) {
    return builder().executor(executor).open();
  }

  /**
   * A builder for a group with a deadline or another scheduler.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts {@code task} in this group.
   *
   * @param task the blocking work to run
   * @param <T> the type of its result
   * @return its future, with the semantics of {@link Tasks#spawn(Callable, Executor)}
   * @throws IllegalStateException if the group is closed, or shutting down: after a failure, its
   *     deadline, {@link #cancel()} or an interrupted {@link #close()}
   */
  public <T extends @Nullable Object> CompletableFuture<T> spawn(Callable<? extends T> task) {
    Objects.requireNonNull(task, "task");
    // Made outside the lock: making it runs the context carriers, which are the user's code.
    TaskFuture<T> future = new TaskFuture.CallableTask<>(task);
    synchronized (lock) {
      IllegalStateException refusal = refusal();
      if (refusal != null) {
        throw refusal;
      }
      // Under the lock: in the snapshot a later shutdown cancels, and waited for by close.
      future.joinGroup(membership);
      tasks.add(future);
    }
    return future.start(executor);
  }

  /**
   * Runs {@code command} as a task of this group, on the group's executor: so a group can be a
   * facade's executor, {@code CustomerRepositoryAsync.of(repository, group)}, and each call of the
   * facade is a task of the group. A facade call, or a task of {@link Tasks#spawn(Callable,
   * Executor)}, joins the group as it is: its future is the task, a failure shuts the group down,
   * and cancelling the group interrupts it. Any other Runnable becomes a task of its own.
   *
   * <p>A facade call the group refuses does not throw: its future fails with the
   * RejectedExecutionException.
   *
   * @param command the task
   * @throws RejectedExecutionException if the group is closed or shutting down, with the reason
   *     {@link #spawn} would give as its cause
   */
  @Override
  @SuppressWarnings("FutureReturnValueIgnored") // the group hears of the task's failure
  public void execute(Runnable command) {
    Objects.requireNonNull(command, "command");
    // A task of ours joins as it is, unless it was looked at or belongs to a group already.
    TaskFuture<?> task =
        command instanceof TaskFuture<?> future
            ? future
            : new TaskFuture.CallableTask<>(Executors.callable(command));
    synchronized (lock) {
      IllegalStateException refusal = refusal();
      if (refusal != null) {
        throw new RejectedExecutionException(refusal.getMessage(), refusal);
      }
      if (!task.joinGroup(membership)) {
        // Looked at already, or in another group: it runs inside a task of this one instead.
        task = new TaskFuture.CallableTask<>(Executors.callable(command));
        task.joinGroup(membership);
      }
      tasks.add(task);
    }
    task.start(executor);
  }

  /** Why the group takes no more tasks, or null while it does. */
  private @Nullable IllegalStateException refusal() {
    if (closed) {
      return new IllegalStateException("the task group is closed");
    }
    if (firstFailure != null) {
      return new IllegalStateException(
          "the task group is shutting down after a failure", firstFailure);
    }
    if (cancelled) {
      return new IllegalStateException("the task group is shutting down: it was cancelled");
    }
    return null;
  }

  /**
   * Cancels every task of the group, interrupting those running, and refuses new ones from then on,
   * so that a task reacting to its cancellation cannot start work nobody would cancel. Closing
   * still waits for the tasks to exit. Cancelling is not a failure: {@code close} then throws
   * nothing unless a task had failed before.
   */
  public void cancel() {
    synchronized (lock) {
      cancelled = true;
    }
    cancelAll();
  }

  /**
   * Waits until every task has finished running, then throws the group's first failure, if any, as
   * the cause of a new CompletionException, the other tasks' failures attached to it as suppressed.
   *
   * @throws CompletionException caused by the first failure, or by the TimeoutException of a
   *     deadline that passed
   * @throws CancellationException if this thread was interrupted while waiting
   */
  @Override
  public void close() {
    boolean interrupted = false;
    while (true) {
      try {
        awaitEveryExit();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
        cancel();
      }
    }
    if (deadline != null) {
      deadline.cancel(false);
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while closing the task group");
    }
    throwFirstFailure();
  }

  private void awaitEveryExit() throws InterruptedException {
    synchronized (lock) {
      while (!tasks.isEmpty()) {
        lock.wait();
      }
      closed = true;
    }
  }

  private void throwFirstFailure() {
    Throwable first;
    List<Throwable> others;
    synchronized (lock) {
      first = firstFailure;
      others = List.copyOf(laterFailures);
    }
    if (first == null) {
      return;
    }
    // A new exception each time, never the task's own: the block that close() ends may be
    // throwing that very exception (it awaited the task), and try-with-resources would then add
    // it to itself as suppressed, which throws IllegalArgumentException instead.
    CompletionException thrown = new CompletionException(first);
    others.forEach(thrown::addSuppressed);
    throw thrown;
  }

  /** Records {@code failure}; the first one cancels every task. */
  private void shutDown(Throwable failure) {
    synchronized (lock) {
      if ((firstFailure != null || cancelled) && failure instanceof CancellationException) {
        // A task that awaited a sibling this shutdown cancelled: an echo of it, not news.
        return;
      }
      if (firstFailure != null) {
        if (failure != firstFailure) {
          laterFailures.add(failure);
        }
        return;
      }
      firstFailure = failure;
    }
    // The failure, set under the lock, already refuses new tasks, so the snapshot misses none.
    cancelAll();
  }

  private void cancelAll() {
    List<TaskFuture<?>> snapshot;
    synchronized (lock) {
      snapshot = List.copyOf(tasks);
    }
    for (TaskFuture<?> task : snapshot) {
      task.cancel(true);
    }
  }

  /** Hears from the group's tasks. */
  private final class Membership implements TaskFuture.Listener {
    @Override
    public void failed(TaskFuture<?> task, Throwable failure) {
      shutDown(failure);
    }

    @Override
    public void exited(TaskFuture<?> task) {
      synchronized (lock) {
        tasks.remove(task);
        if (tasks.isEmpty()) {
          lock.notifyAll();
        }
      }
    }
  }

  /** Sets up a {@link TaskGroup}. */
  public static final class Builder {
    private Executor executor = Tasks.defaultExecutor();
    private @Nullable Duration deadline;
    private Scheduler scheduler = Scheduler.system();

    private Builder() {}

    /**
     * Where the group's tasks run; the default executor unless set.
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * How long the group may run, counted from {@link #open()}: then every task is cancelled.
     *
     * @param timeout the deadline, from opening
     * @return this builder
     */
    public Builder deadline(Duration timeout) {
      this.deadline = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * What keeps the time for the deadline; {@link Scheduler#system()} unless set.
     *
     * @param scheduler the scheduler
     * @return this builder
     */
    public Builder scheduler(Scheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /**
     * Opens the group.
     *
     * @return a new group
     */
    public TaskGroup open() {
      return new TaskGroup(executor, deadline, scheduler);
    }
  }
}
