package dev.asyncify.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * The future of a spawned task: a {@link CompletableFuture} that is also the {@link Runnable}
 * handed to the executor, and whose {@code cancel(true)} interrupts the thread running the task.
 *
 * <p>Its {@link #runner} field says who runs the task and how far cancellation got (the transitions
 * are written next to it): only one move away from each state succeeds, so an interrupt is never
 * delivered after {@link #run()} returned and {@link Listener#exited} is told exactly once.
 *
 * <p>It also remembers whether anyone looked at it, so that a failure nobody looked at can be
 * reported when the future is garbage-collected ({@link FailureWatch}). Fields that only some tasks
 * need live in the subclasses, since every call allocates one of these.
 */
abstract class TaskFuture<T> extends CompletableFuture<T> implements Runnable {

  /** Told what becomes of a task; used by {@link TaskGroup}. */
  interface Listener {
    /** The task failed: its body threw, its stage failed, or the executor refused it. */
    void failed(TaskFuture<?> task, Throwable failure);

    /** The task will run no more user code: its body returned, or it will never start. */
    void exited(TaskFuture<?> task);
  }

  private static final Object FINISHED = new Object();
  private static final Object INTERRUPTING = new Object();
  private static final Object INTERRUPTED = new Object();

  /** {@link #observation} once anyone looked at this future. */
  private static final Object OBSERVED = new Object();

  private static final VarHandle RUNNER;
  private static final VarHandle OBSERVATION;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      RUNNER = lookup.findVarHandle(TaskFuture.class, "runner", Object.class);
      OBSERVATION = lookup.findVarHandle(TaskFuture.class, "observation", Object.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** What the spawning thread held, and where it spawned this when caller traces are on. */
  private final ContextSnapshot context;

  /**
   * Who runs the task, and how far cancellation got. Transitions, each made by the one thread that
   * wins it (a CAS), except the last retirement:
   *
   * <pre>
   *   null ──run()──────────────► Thread ──run() ends──────────────► FINISHED
   *   null ──cancel, or done──► FINISHED      (the task never starts; exited() told here)
   *   Thread ──cancel(true)──► INTERRUPTING ──interrupt sent──► INTERRUPTED ──run() ends──► FINISHED
   * </pre>
   *
   * <p>run() retires with a CAS from its Thread to FINISHED; when that fails, an interrupt is in
   * flight or was sent: it spins while INTERRUPTING, then clears the thread's interrupt status. So
   * an interrupt never reaches the thread after run() returned. Unlike {@link
   * java.util.concurrent.FutureTask}, which leaves a late interrupt pending for the pool to clear,
   * this clears it itself: the runtime runs on executors it does not own (a user's pool, a
   * caller-runs executor), where a stray interrupt would hit the next task or the caller. When the
   * body completed this future itself, no cancel can succeed any more, so nobody can be
   * interrupting: then run() retires with a plain release store instead of a CAS.
   */
  @SuppressWarnings("unused") // accessed through RUNNER
  private volatile @Nullable Object runner;

  /**
   * Who looks at the outcome. null: nobody yet; OBSERVED: someone did; a FailureWatch: of a failure
   * nobody looked at; or the Listener of the {@link TaskGroup} the task belongs to, which hears of
   * every failure, so the task needs no watch. Moves: null to any of the others; a FailureWatch to
   * OBSERVED; a Listener only by {@link #joinGroup} from null, before the task starts, and never
   * away. One field for both, since every call allocates one of these.
   */
  @SuppressWarnings("unused") // accessed through OBSERVATION
  private volatile @Nullable Object observation;

  TaskFuture() {
    this.context = ContextSnapshot.capture();
  }

  /**
   * Runs the user's code, and completes this future or starts to follow a stage.
   *
   * @return whether this call completed this future
   */
  abstract boolean runBody() throws Exception;

  /** Who hears of this task's failure and exit; null but for a {@link TaskGroup}'s tasks. */
  private @Nullable Listener listener() {
    return OBSERVATION.getVolatile(this) instanceof Listener listener ? listener : null;
  }

  /**
   * Makes this task a member of the group that {@code listener} speaks for, before it starts: false
   * if someone looked at it already, or it belongs to a group.
   */
  final boolean joinGroup(Listener listener) {
    return OBSERVATION.compareAndSet(this, null, listener);
  }

  /** Cancels what else the task started, after this future was cancelled. */
  void cancelled(boolean mayInterruptIfRunning) {}

  /** Hands this task to {@code executor}; a refusal fails the task instead of throwing. */
  final TaskFuture<T> start(Executor executor) {
    try {
      executor.execute(this);
    } catch (RuntimeException refused) {
      fail(refused);
      retireUnstarted();
    }
    return this;
  }

  /** Marks a task that has not started as one that never will, and says so; false if it started. */
  private boolean retireUnstarted() {
    if (RUNNER.compareAndSet(this, null, FINISHED)) {
      exited();
      return true;
    }
    return false;
  }

  @Override
  public final void run() {
    Thread current = Thread.currentThread();
    if (isDone()) {
      // Completed by hand before it ran: it never will, which its group must hear.
      retireUnstarted();
      return;
    }
    if (!RUNNER.compareAndSet(this, null, current)) {
      return;
    }
    @Nullable Object previousContext = null;
    boolean completedHere = false;
    try {
      previousContext = context.restore();
      if (!isDone()) {
        completedHere = runBody();
      }
    } catch (Throwable failure) {
      completedHere = fail(failure);
    } finally {
      context.reset(previousContext);
      if (completedHere) {
        RUNNER.setRelease(this, FINISHED);
      } else if (!RUNNER.compareAndSet(this, current, FINISHED)) {
        while (RUNNER.getVolatile(this) == INTERRUPTING) {
          Thread.onSpinWait();
        }
        Thread.interrupted();
      }
      exited();
    }
  }

  /**
   * Completes this future with {@code failure}, tells the listener, and watches for neglect.
   *
   * @return whether this call completed this future
   */
  final boolean fail(Throwable failure) {
    CallerTrace trace = context.callerTrace();
    if (trace != null) {
      failure.addSuppressed(trace);
    }
    if (!completeExceptionally(failure)) {
      return false;
    }
    Listener listener = listener();
    if (listener != null) {
      listener.failed(this, failure);
    } else if (OBSERVATION.getVolatile(this) == null) {
      FailureWatch watch = new FailureWatch(failure);
      if (OBSERVATION.compareAndSet(this, null, watch)) {
        watch.register(this);
      }
    }
    return true;
  }

  /**
   * Cancels this future. A task that has not started never runs; with {@code mayInterruptIfRunning}
   * the thread running it is interrupted, and a stage the task returned is cancelled too.
   */
  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    if (cancelled) {
      if (!retireUnstarted() && mayInterruptIfRunning) {
        interruptRunner();
      }
      cancelled(mayInterruptIfRunning);
    }
    return cancelled;
  }

  private void interruptRunner() {
    Object current = RUNNER.getVolatile(this);
    if (current instanceof Thread thread && RUNNER.compareAndSet(this, thread, INTERRUPTING)) {
      try {
        thread.interrupt();
      } finally {
        RUNNER.setVolatile(this, INTERRUPTED);
      }
    }
  }

  private void exited() {
    Listener listener = listener();
    if (listener != null) {
      listener.exited(this);
    }
  }

  // Every way to look at the outcome marks the future observed. Dependent stages (thenApply,
  // handle, whenComplete, exceptionally, gather...) are all made by newIncompleteFuture.

  final void markObserved() {
    Object current = OBSERVATION.getVolatile(this);
    // A group's member stays one: its group looks at every outcome.
    while (current == null || current instanceof FailureWatch) {
      if (OBSERVATION.compareAndSet(this, current, OBSERVED)) {
        if (current instanceof FailureWatch watch) {
          watch.observed();
        }
        return;
      }
      current = OBSERVATION.getVolatile(this);
    }
  }

  @Override
  public <U> CompletableFuture<U> newIncompleteFuture() {
    markObserved();
    return new CompletableFuture<>();
  }

  @Override
  public T get() throws InterruptedException, ExecutionException {
    markObserved();
    return super.get();
  }

  @Override
  public T get(long timeout, TimeUnit unit)
      throws InterruptedException, ExecutionException, TimeoutException {
    markObserved();
    return super.get(timeout, unit);
  }

  @Override
  public T join() {
    markObserved();
    return super.join();
  }

  @Override
  public T getNow(T valueIfAbsent) {
    markObserved();
    return super.getNow(valueIfAbsent);
  }

  @Override
  public boolean isCompletedExceptionally() {
    markObserved();
    return super.isCompletedExceptionally();
  }

  // Java 19 added resultNow() and exceptionNow() to Future, and CompletableFuture implements them.
  // Declared here, they override those on 19 and later, so that asking for the failure there
  // counts as looking at it; written out, since the JDK's versions do not exist to call on 17,
  // with the JDK's meaning. state() cannot be declared while compiling for 17 (its type,
  // Future.State, does not exist there); it says that the task failed, not with what.

  /**
   * The value this future completed with: {@code Future.resultNow()} of Java 19, with its meaning
   * on every version.
   *
   * @return the value
   * @throws IllegalStateException if the future is not done, failed or was cancelled
   */
  public T resultNow() {
    markObserved();
    if (!isDone()) {
      throw new IllegalStateException("Task has not completed");
    }
    if (isCancelled()) {
      throw new IllegalStateException("Task was cancelled");
    }
    if (super.isCompletedExceptionally()) {
      throw new IllegalStateException("Task completed with exception");
    }
    return super.getNow(null);
  }

  /**
   * The exception this future failed with: {@code Future.exceptionNow()} of Java 19, with its
   * meaning on every version.
   *
   * @return the exception, as thrown
   * @throws IllegalStateException if the future is not done, completed normally or was cancelled
   */
  public Throwable exceptionNow() {
    markObserved();
    if (!isDone()) {
      throw new IllegalStateException("Task has not completed");
    }
    if (isCancelled()) {
      throw new IllegalStateException("Task was cancelled");
    }
    try {
      super.join();
    } catch (CompletionException failed) {
      return failed.getCause() == null ? failed : failed.getCause();
    }
    throw new IllegalStateException("Task completed with a result");
  }

  @Override
  public CompletionStage<T> minimalCompletionStage() {
    markObserved();
    return super.minimalCompletionStage();
  }

  /** A task whose body is a Callable that returns its value: {@link Tasks#spawn}. */
  static class CallableTask<T> extends TaskFuture<T> {
    private final Callable<? extends T> body;

    CallableTask(Callable<? extends T> body) {
      this.body = body;
    }

    @Override
    final boolean runBody() throws Exception {
      return complete(body.call());
    }
  }

  /** A task whose body returns a stage, which the future then follows. */
  abstract static class StageTask<T> extends TaskFuture<T> {
    /** The stage the body returned; cancelled along with this future. */
    private volatile @Nullable CompletionStage<? extends T> followed;

    /** Runs the user's code: the stage to follow. */
    abstract CompletionStage<? extends T> stage() throws Exception;

    @Override
    final boolean runBody() throws Exception {
      CompletionStage<? extends T> stage =
          Objects.requireNonNull(stage(), "the task returned null instead of a CompletionStage");
      followed = stage;
      stage.whenComplete(
          (value, failure) -> {
            if (failure == null) {
              complete(value);
            } else {
              fail(Failures.unwrap(failure));
            }
          });
      if (isCancelled()) {
        cancelled(false);
      }
      // The stage completes this future from its own callback, maybe on another thread and maybe
      // later: this call cannot know that it did, so the runner retires the careful way.
      return false;
    }

    @Override
    final void cancelled(boolean mayInterruptIfRunning) {
      CompletionStage<? extends T> stage = followed;
      if (stage != null) {
        Cancellation.passOn(stage, mayInterruptIfRunning);
      }
    }
  }

  /** A stage task whose body is a Callable: {@link Tasks#spawnStage}. */
  static final class CallableStageTask<T> extends StageTask<T> {
    private final Callable<? extends CompletionStage<? extends T>> body;

    CallableStageTask(Callable<? extends CompletionStage<? extends T>> body) {
      this.body = body;
    }

    @Override
    CompletionStage<? extends T> stage() throws Exception {
      return body.call();
    }
  }
}
