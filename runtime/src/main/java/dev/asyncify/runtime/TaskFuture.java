package dev.asyncify.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The future of a spawned task: a {@link CompletableFuture} that is also the {@link Runnable}
 * handed to the executor, and whose {@code cancel(true)} interrupts the thread running the task.
 *
 * <p>{@link #runner} moves from {@code null} (not started) to the running thread, then to {@link
 * #FINISHED}; a cancelling thread may instead move it from the running thread to {@link
 * #INTERRUPTING} and then {@link #INTERRUPTED}, or from {@code null} straight to {@code FINISHED}
 * so that the task never starts. Only one move away from each state succeeds, so an interrupt is
 * never delivered after {@link #run()} returned (the worker waits for one in flight and clears it,
 * so a pooled thread is not left interrupted), and {@link Listener#exited} is told exactly once.
 *
 * <p>It also remembers whether anyone looked at it, so that a failure nobody looked at can be
 * reported when the future is garbage-collected ({@link FailureWatch}).
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
  private static final VarHandle RUNNER;

  static {
    try {
      RUNNER = MethodHandles.lookup().findVarHandle(TaskFuture.class, "runner", Object.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final ContextSnapshot context;
  private final Listener listener;
  /** Where the task was spawned, when caller traces are on; else null. */
  private final CallerTrace callerTrace;

  @SuppressWarnings("unused") // accessed through RUNNER
  private volatile Object runner;

  /** The stage the body returned, for a task that follows one; cancelled along with this. */
  private volatile CompletionStage<?> followed;

  private volatile boolean observed;
  private volatile FailureWatch watch;

  TaskFuture(Listener listener) {
    this.context = ContextSnapshot.capture();
    this.listener = listener;
    this.callerTrace = CallerTrace.captureIfEnabled();
  }

  /** Runs the user's code and completes this future, or starts to follow a stage. */
  abstract void runBody() throws Exception;

  /** Hands this task to {@code executor}; a refusal fails the task instead of throwing. */
  final TaskFuture<T> start(Executor executor) {
    try {
      executor.execute(this);
    } catch (RuntimeException refused) {
      fail(refused);
      if (RUNNER.compareAndSet(this, null, FINISHED)) {
        exited();
      }
    }
    return this;
  }

  @Override
  public final void run() {
    Thread current = Thread.currentThread();
    if (isDone() || !RUNNER.compareAndSet(this, null, current)) {
      return;
    }
    Object previousContext = null;
    try {
      previousContext = context.restore();
      if (!isDone()) {
        runBody();
      }
    } catch (Throwable failure) {
      fail(failure);
    } finally {
      context.reset(previousContext);
      if (!RUNNER.compareAndSet(this, current, FINISHED)) {
        while (RUNNER.getVolatile(this) == INTERRUPTING) {
          Thread.onSpinWait();
        }
        Thread.interrupted();
      }
      exited();
    }
  }

  /** Completes this future with {@code failure}, tells the listener, and watches for neglect. */
  final void fail(Throwable failure) {
    if (callerTrace != null) {
      failure.addSuppressed(callerTrace);
    }
    if (!completeExceptionally(failure)) {
      return;
    }
    if (listener != null) {
      markObserved();
      listener.failed(this, failure);
    } else if (!observed) {
      FailureWatch.watch(this, failure);
    }
  }

  /** Completes this future as {@code stage} completes, unwrapping a CompletionException. */
  final void follow(CompletionStage<? extends T> stage) {
    Objects.requireNonNull(stage, "the task returned null instead of a CompletionStage");
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
      cancelFollowed(false);
    }
  }

  /**
   * Cancels this future. A task that has not started never runs; with {@code mayInterruptIfRunning}
   * the thread running it is interrupted, and a stage the task returned is cancelled too.
   */
  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    if (cancelled) {
      if (RUNNER.compareAndSet(this, null, FINISHED)) {
        exited();
      } else if (mayInterruptIfRunning) {
        interruptRunner();
      }
      cancelFollowed(mayInterruptIfRunning);
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

  private void cancelFollowed(boolean mayInterruptIfRunning) {
    if (followed instanceof Future<?> future) {
      future.cancel(mayInterruptIfRunning);
    }
  }

  private void exited() {
    if (listener != null) {
      listener.exited(this);
    }
  }

  // Every way to look at the outcome marks the future observed. Dependent stages (thenApply,
  // handle, whenComplete, exceptionally, gather...) are all made by newIncompleteFuture.

  final void markObserved() {
    if (!observed) {
      observed = true;
      FailureWatch current = watch;
      if (current != null) {
        current.observed();
      }
    }
  }

  /** Called by {@link FailureWatch#watch} once it watches this future's failure. */
  final void setWatch(FailureWatch failureWatch) {
    watch = failureWatch;
    if (observed) {
      failureWatch.observed();
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

  @Override
  public CompletionStage<T> minimalCompletionStage() {
    markObserved();
    return super.minimalCompletionStage();
  }

  /** A task whose body returns its value. */
  static final class ValueTask<T> extends TaskFuture<T> {
    private final Callable<? extends T> body;

    ValueTask(Callable<? extends T> body, Listener listener) {
      super(listener);
      this.body = body;
    }

    @Override
    void runBody() throws Exception {
      complete(body.call());
    }
  }

  /** A task whose body returns a stage, which the future then follows. */
  static final class StageTask<T> extends TaskFuture<T> {
    private final Callable<? extends CompletionStage<? extends T>> body;

    StageTask(Callable<? extends CompletionStage<? extends T>> body) {
      super(null);
      this.body = body;
    }

    @Override
    void runBody() throws Exception {
      follow(body.call());
    }
  }
}
