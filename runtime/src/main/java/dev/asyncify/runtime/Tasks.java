package dev.asyncify.runtime;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Start blocking calls concurrently, collect them, and wait for them: the {@code create_task},
 * {@code gather} and {@code await} of Python's asyncio, for {@link CompletableFuture}.
 *
 * <pre>{@code
 * CompletableFuture<User> user = Tasks.spawn(() -> users.find(id));
 * CompletableFuture<List<Order>> orders = Tasks.spawn(() -> orders.forUser(id));
 * List<Object> both = Tasks.await(Tasks.gather(user, orders));
 * }</pre>
 *
 * <p>Where CompletableFuture's own methods have traps, these do not: {@code cancel(true)} on a
 * spawned task interrupts the thread running it, failures reach the caller as the exception the
 * task threw rather than wrapped in a CompletionException, and nothing runs on {@link
 * ForkJoinPool#commonPool()}.
 */
public final class Tasks {

  private Tasks() {}

  /**
   * The executor that spawned tasks and generated facades use when given none: a new virtual thread
   * per task on Java 21 and later, else one shared cached pool of daemon threads named {@code
   * asyncify-N}. Both suit blocking calls: a task never waits for another to free a thread. It is
   * never {@link ForkJoinPool#commonPool()}, whose parallelism is the core count minus one (1 on a
   * 2-core machine), so that blocking calls there queue behind each other.
   *
   * <p>The executor is shared and cannot be shut down; its threads never keep the JVM alive.
   *
   * @return the shared default executor
   */
  public static Executor defaultExecutor() {
    return DefaultExecutor.INSTANCE;
  }

  /**
   * Starts {@code task} on the {@linkplain #defaultExecutor() default executor}; see {@link
   * #spawn(Callable, Executor)}.
   *
   * @param task the blocking work to run
   * @param <T> the type of the task's result
   * @return a future of the task's result
   */
  public static <T extends @Nullable Object> CompletableFuture<T> spawn(
      Callable<? extends T> task) {
    return spawn(task, defaultExecutor());
  }

  /**
   * Starts {@code task} on {@code executor} and returns at once: asyncio's {@code create_task}.
   *
   * <p>The future completes with the task's result, or exceptionally with exactly the Throwable the
   * task threw, checked or not, not wrapped: {@code future.handle((r, e) -> e)} yields that object.
   * If the executor refuses the task (a {@link RejectedExecutionException}, or any other
   * RuntimeException from {@link Executor#execute}), the future fails with that exception and this
   * method does not throw.
   *
   * <p>Cancellation: {@code cancel} before the task starts means it never runs. {@code
   * cancel(true)} while it runs interrupts the thread running it (CompletableFuture's own {@code
   * cancel} never interrupts); the future is cancelled at once whether or not the task heeds the
   * interrupt. {@code cancel(false)} lets a running task finish and drops its result. Futures
   * derived from this one ({@code thenApply} and the rest) are plain CompletableFutures: cancelling
   * them does not reach the task. Unlike asyncio, the task starts even if nobody keeps the future.
   *
   * <p>What the registered {@link ContextCarrier}s hold on this thread is restored around the task.
   * A failure that nobody looks at (no get, join, await, gather, or stage chained to the future) is
   * logged through {@link System.Logger} once the future is garbage-collected. With the system
   * property {@code asyncify.callerTraces=true}, a failure carries the stack of this call as a
   * suppressed exception.
   *
   * @param task the blocking work to run
   * @param executor where to run it
   * @param <T> the type of the task's result
   * @return a future of the task's result
   * @throws NullPointerException if {@code task} or {@code executor} is null
   */
  public static <T extends @Nullable Object> CompletableFuture<T> spawn(
      Callable<? extends T> task, Executor executor) {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(executor, "executor");
    return new TaskFuture.CallableTask<T>(task).start(executor);
  }

  /**
   * Like {@link #spawn(Callable, Executor)} for a task that itself returns a stage: the future
   * completes as that stage does, never as a future of a future. A failure of the stage reaches the
   * caller as its own exception, without a CompletionException around it. Cancelling the future
   * also cancels the stage the task returned, when that stage is a {@link
   * java.util.concurrent.Future}. A task that returns null fails the future with a
   * NullPointerException. Generated facades give interface methods that return a CompletionStage
   * these semantics.
   *
   * @param task the blocking work that returns a stage
   * @param executor where to run it
   * @param <T> the type of the stage's value
   * @return a future of the returned stage's value
   * @throws NullPointerException if {@code task} or {@code executor} is null
   */
  public static <T extends @Nullable Object> CompletableFuture<T> spawnStage(
      Callable<? extends CompletionStage<? extends T>> task, Executor executor) {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(executor, "executor");
    return new TaskFuture.CallableStageTask<T>(task).start(executor);
  }

  /**
   * Gathers the results of {@code stages}, in argument order: asyncio's {@code gather}.
   *
   * <p>The future fails as soon as any input fails, with that input's own exception (not a
   * CompletionException); as in asyncio, the other inputs go on running. Cancelling the returned
   * future cancels every input that is a {@link java.util.concurrent.Future}, passing on {@code
   * mayInterruptIfRunning}. The list is unmodifiable and may hold nulls. Any number of inputs
   * works: there is one callback per input and no recursion.
   *
   * @param stages the stages to gather
   * @param <T> the common type of their values
   * @return a future of the values in argument order
   * @throws NullPointerException if the array or any stage is null
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, through a list that is copied at once
  public static <T extends @Nullable Object> CompletableFuture<List<T>> gather(
      CompletionStage<? extends T>... stages) {
    return gather(Arrays.asList(stages));
  }

  /**
   * Gathers the results of {@code stages}, in iteration order; see {@link
   * #gather(CompletionStage[])}.
   *
   * @param stages the stages to gather
   * @param <T> the common type of their values
   * @return a future of the values in iteration order
   * @throws NullPointerException if the collection or any stage is null
   */
  public static <T extends @Nullable Object> CompletableFuture<List<T>> gather(
      Collection<? extends CompletionStage<? extends T>> stages) {
    return Gathering.collect(List.copyOf(stages), true, (value, failure) -> value);
  }

  /**
   * Gathers two stages of different types into one value: {@code gather(user, orders, (u, o) -> new
   * Page(u, o))}. Fails as soon as either fails, with its own exception, or with what the combiner
   * threw; cancelling the result cancels both inputs.
   *
   * @param a the first stage
   * @param b the second stage
   * @param combiner makes the result from both values
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param <R> the type of the result
   * @return a future of the combined value
   */
  public static <A extends @Nullable Object, B extends @Nullable Object, R extends @Nullable Object>
      CompletableFuture<R> gather(
          CompletionStage<? extends A> a,
          CompletionStage<? extends B> b,
          Combiner2<? super A, ? super B, ? extends R> combiner) {
    Objects.requireNonNull(combiner, "combiner");
    return Gathering.combine(
        List.of(a, b), values -> combiner.apply(valueAt(values, 0), valueAt(values, 1)));
  }

  /**
   * Gathers three stages of different types into one value; see {@link #gather(CompletionStage,
   * CompletionStage, Combiner2)}.
   *
   * @param a the first stage
   * @param b the second stage
   * @param c the third stage
   * @param combiner makes the result from the three values
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param <C> the type of the third value
   * @param <R> the type of the result
   * @return a future of the combined value
   */
  public static <
          A extends @Nullable Object,
          B extends @Nullable Object,
          C extends @Nullable Object,
          R extends @Nullable Object>
      CompletableFuture<R> gather(
          CompletionStage<? extends A> a,
          CompletionStage<? extends B> b,
          CompletionStage<? extends C> c,
          Combiner3<? super A, ? super B, ? super C, ? extends R> combiner) {
    Objects.requireNonNull(combiner, "combiner");
    return Gathering.combine(
        List.of(a, b, c),
        values -> combiner.apply(valueAt(values, 0), valueAt(values, 1), valueAt(values, 2)));
  }

  /**
   * Gathers four stages of different types into one value; see {@link #gather(CompletionStage,
   * CompletionStage, Combiner2)}.
   *
   * @param a the first stage
   * @param b the second stage
   * @param c the third stage
   * @param d the fourth stage
   * @param combiner makes the result from the four values
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param <C> the type of the third value
   * @param <D> the type of the fourth value
   * @param <R> the type of the result
   * @return a future of the combined value
   */
  public static <
          A extends @Nullable Object,
          B extends @Nullable Object,
          C extends @Nullable Object,
          D extends @Nullable Object,
          R extends @Nullable Object>
      CompletableFuture<R> gather(
          CompletionStage<? extends A> a,
          CompletionStage<? extends B> b,
          CompletionStage<? extends C> c,
          CompletionStage<? extends D> d,
          Combiner4<? super A, ? super B, ? super C, ? super D, ? extends R> combiner) {
    Objects.requireNonNull(combiner, "combiner");
    return Gathering.combine(
        List.of(a, b, c, d),
        values ->
            combiner.apply(
                valueAt(values, 0), valueAt(values, 1), valueAt(values, 2), valueAt(values, 3)));
  }

  /**
   * Gathers five stages of different types into one value; see {@link #gather(CompletionStage,
   * CompletionStage, Combiner2)}.
   *
   * @param a the first stage
   * @param b the second stage
   * @param c the third stage
   * @param d the fourth stage
   * @param e the fifth stage
   * @param combiner makes the result from the five values
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param <C> the type of the third value
   * @param <D> the type of the fourth value
   * @param <E> the type of the fifth value
   * @param <R> the type of the result
   * @return a future of the combined value
   */
  public static <
          A extends @Nullable Object,
          B extends @Nullable Object,
          C extends @Nullable Object,
          D extends @Nullable Object,
          E extends @Nullable Object,
          R extends @Nullable Object>
      CompletableFuture<R> gather(
          CompletionStage<? extends A> a,
          CompletionStage<? extends B> b,
          CompletionStage<? extends C> c,
          CompletionStage<? extends D> d,
          CompletionStage<? extends E> e,
          Combiner5<? super A, ? super B, ? super C, ? super D, ? super E, ? extends R> combiner) {
    Objects.requireNonNull(combiner, "combiner");
    return Gathering.combine(
        List.of(a, b, c, d, e),
        values ->
            combiner.apply(
                valueAt(values, 0),
                valueAt(values, 1),
                valueAt(values, 2),
                valueAt(values, 3),
                valueAt(values, 4)));
  }

  // The value at index i came from the stage of type X at index i; X is the combiner's parameter.
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  private static <X> X valueAt(List<?> values, int index) {
    return (X) values.get(index);
  }

  /**
   * Gathers how each of {@code stages} ended, in argument order, and never fails: asyncio's {@code
   * gather(..., return_exceptions=True)}, typed. A cancelled input gives a {@link Outcome.Failure}
   * with its CancellationException. Cancelling the returned future cancels every input that is a
   * {@link java.util.concurrent.Future}.
   *
   * @param stages the stages to gather
   * @param <T> the common type of their values
   * @return a future of one outcome per input, in argument order
   * @throws NullPointerException if the array or any stage is null
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, through a list that is copied at once
  public static <T extends @Nullable Object> CompletableFuture<List<Outcome<T>>> gatherSettled(
      CompletionStage<? extends T>... stages) {
    return gatherSettled(Arrays.asList(stages));
  }

  /**
   * Gathers how each of {@code stages} ended, in iteration order; see {@link
   * #gatherSettled(CompletionStage[])}.
   *
   * @param stages the stages to gather
   * @param <T> the common type of their values
   * @return a future of one outcome per input, in iteration order
   * @throws NullPointerException if the collection or any stage is null
   */
  public static <T extends @Nullable Object> CompletableFuture<List<Outcome<T>>> gatherSettled(
      Collection<? extends CompletionStage<? extends T>> stages) {
    return Gathering.collect(List.copyOf(stages), false, Tasks::<T>outcome);
  }

  private static <T> Outcome<T> outcome(T value, Throwable failure) {
    return failure == null ? new Outcome.Success<>(value) : new Outcome.Failure<>(failure);
  }

  /**
   * A future that completes with null once {@code delay} has passed, holding no thread while it
   * waits: asyncio's {@code sleep}. Cancelling it forgets the timer.
   *
   * @param delay how long to wait
   * @return a future completed after {@code delay}
   */
  public static CompletableFuture<Void> sleep(Duration delay) {
    return sleep(delay, Scheduler.system());
  }

  /**
   * Like {@link #sleep(Duration)}, with the time kept by {@code scheduler}.
   *
   * @param delay how long to wait
   * @param scheduler what keeps the time
   * @return a future completed after {@code delay}
   */
  public static CompletableFuture<Void> sleep(Duration delay, Scheduler scheduler) {
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(scheduler, "scheduler");
    return Racing.sleep(delay, scheduler);
  }

  /**
   * A future that completes as {@code stage} does, or, once {@code timeout} has passed, cancels
   * {@code stage} with interruption and then fails with a {@link TimeoutException}: asyncio's
   * {@code wait_for}. When the stage came from {@link #spawn} or a facade, its running call has
   * been interrupted before anyone sees the timeout, where {@link CompletableFuture#orTimeout}
   * would leave it running. Unlike asyncio, the result does not wait for the call to exit. A stage
   * that cannot be cancelled (not a {@link java.util.concurrent.Future}, or one whose {@code
   * cancel} throws) runs on. Cancelling the returned future cancels the stage too.
   *
   * @param stage the work to bound
   * @param timeout how long it may take
   * @param <T> the type of its value
   * @return a future of its value, failed with a TimeoutException if it took too long
   */
  public static <T extends @Nullable Object> CompletableFuture<T> waitFor(
      CompletionStage<? extends T> stage, Duration timeout) {
    return waitFor(stage, timeout, Scheduler.system());
  }

  /**
   * Like {@link #waitFor(CompletionStage, Duration)}, with the time kept by {@code scheduler}.
   *
   * @param stage the work to bound
   * @param timeout how long it may take
   * @param scheduler what keeps the time
   * @param <T> the type of its value
   * @return a future of its value, failed with a TimeoutException if it took too long
   */
  public static <T extends @Nullable Object> CompletableFuture<T> waitFor(
      CompletionStage<? extends T> stage, Duration timeout, Scheduler scheduler) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(scheduler, "scheduler");
    return Racing.waitFor(stage, timeout, scheduler);
  }

  /**
   * The outcomes of {@code stages} in the order they finish: asyncio's {@code as_completed}. The
   * i-th future of the list completes as the i-th stage to finish did (failures unwrapped), so
   * iterating and awaiting handles each result as soon as it is there. Cancelling one of these
   * futures cancels no stage.
   *
   * @param stages the stages to watch
   * @param <T> the common type of their values
   * @return one future per stage, in finishing order
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, through a list that is copied at once
  public static <T extends @Nullable Object> List<CompletableFuture<T>> asCompleted(
      CompletionStage<? extends T>... stages) {
    return asCompleted(Arrays.asList(stages));
  }

  /**
   * The outcomes of {@code stages} in the order they finish; see {@link
   * #asCompleted(CompletionStage[])}.
   *
   * @param stages the stages to watch
   * @param <T> the common type of their values
   * @return one future per stage, in finishing order
   */
  public static <T extends @Nullable Object> List<CompletableFuture<T>> asCompleted(
      Collection<? extends CompletionStage<? extends T>> stages) {
    return Racing.asCompleted(List.copyOf(stages));
  }

  /**
   * A future that completes as the first of {@code stages} to finish, normally or not; the others
   * are cancelled with interruption before it completes. Cancelling the result cancels every stage.
   *
   * @param stages the stages to race
   * @param <T> the common type of their values
   * @return a future of the first outcome
   * @throws IllegalArgumentException if there are no stages
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, through a list that is copied at once
  public static <T extends @Nullable Object> CompletableFuture<T> firstCompleted(
      CompletionStage<? extends T>... stages) {
    return firstCompleted(Arrays.asList(stages));
  }

  /**
   * A future that completes as the first of {@code stages} to finish; see {@link
   * #firstCompleted(CompletionStage[])}.
   *
   * @param stages the stages to race
   * @param <T> the common type of their values
   * @return a future of the first outcome
   * @throws IllegalArgumentException if there are no stages
   */
  public static <T extends @Nullable Object> CompletableFuture<T> firstCompleted(
      Collection<? extends CompletionStage<? extends T>> stages) {
    return Racing.firstCompleted(List.copyOf(stages));
  }

  /**
   * A future of the first value any of {@code stages} succeeds with; the others are cancelled first
   * with interruption. It fails only when every stage has failed, with the first failure, to which
   * the later ones are added as suppressed (a cancelled stage counts as failed, with its
   * CancellationException). Cancelling the result cancels every stage.
   *
   * @param stages the stages to race
   * @param <T> the common type of their values
   * @return a future of the first success
   * @throws IllegalArgumentException if there are no stages
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, through a list that is copied at once
  public static <T extends @Nullable Object> CompletableFuture<T> anySuccessful(
      CompletionStage<? extends T>... stages) {
    return anySuccessful(Arrays.asList(stages));
  }

  /**
   * A future of the first value any of {@code stages} succeeds with; see {@link
   * #anySuccessful(CompletionStage[])}.
   *
   * @param stages the stages to race
   * @param <T> the common type of their values
   * @return a future of the first success
   * @throws IllegalArgumentException if there are no stages
   */
  public static <T extends @Nullable Object> CompletableFuture<T> anySuccessful(
      Collection<? extends CompletionStage<? extends T>> stages) {
    return Racing.anySuccessful(List.copyOf(stages));
  }

  /**
   * Waits, without a timeout, until {@code returnWhen} is met; see {@link #wait(Collection,
   * ReturnWhen, Duration)}.
   *
   * @param stages the stages to watch
   * @param returnWhen when to return
   * @param <F> the type of the stages
   * @return a future of the done and the pending stages
   */
  public static <F extends CompletionStage<?>> CompletableFuture<Waited<F>> wait(
      Collection<F> stages, ReturnWhen returnWhen) {
    Objects.requireNonNull(returnWhen, "returnWhen");
    return Racing.wait(List.copyOf(stages), returnWhen, null, Scheduler.system());
  }

  /**
   * A future of the stages that are done and those still pending, once {@code returnWhen} is met or
   * {@code timeout} has passed, whichever is first: asyncio's {@code wait}. As in asyncio, it never
   * fails and cancels nothing, not even on timeout; cancelling it leaves the stages alone.
   *
   * @param stages the stages to watch
   * @param returnWhen when to return
   * @param timeout the longest to wait
   * @param <F> the type of the stages, kept in the result
   * @return a future of the done and the pending stages, each in the order given
   */
  public static <F extends CompletionStage<?>> CompletableFuture<Waited<F>> wait(
      Collection<F> stages, ReturnWhen returnWhen, Duration timeout) {
    return wait(stages, returnWhen, timeout, Scheduler.system());
  }

  /**
   * Like {@link #wait(Collection, ReturnWhen, Duration)}, with the time kept by {@code scheduler}.
   *
   * @param stages the stages to watch
   * @param returnWhen when to return
   * @param timeout the longest to wait
   * @param scheduler what keeps the time
   * @param <F> the type of the stages, kept in the result
   * @return a future of the done and the pending stages, each in the order given
   */
  public static <F extends CompletionStage<?>> CompletableFuture<Waited<F>> wait(
      Collection<F> stages, ReturnWhen returnWhen, Duration timeout, Scheduler scheduler) {
    Objects.requireNonNull(returnWhen, "returnWhen");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(scheduler, "scheduler");
    return Racing.wait(List.copyOf(stages), returnWhen, timeout, scheduler);
  }

  /**
   * A future that completes as {@code stage} does, but whose cancellation does not reach {@code
   * stage}: asyncio's {@code shield}. Use it to hand out work that must finish even when a waiter
   * gives up, such as a write that {@link #waitFor} would otherwise cancel.
   *
   * @param stage the work to protect
   * @param <T> the type of its value
   * @return a future of its value that can be cancelled on its own
   */
  public static <T extends @Nullable Object> CompletableFuture<T> shield(
      CompletionStage<? extends T> stage) {
    return Racing.shield(Objects.requireNonNull(stage, "stage"));
  }

  /**
   * An executor that runs at most {@code limit} tasks at once on {@code executor} and queues the
   * rest, in order, without ever blocking the caller: asyncio's {@code Semaphore} around each task.
   * Up to {@code limit} workers on {@code executor} each run queued tasks one after another. If
   * {@code executor} refuses to start a worker, the call that needed it throws its
   * RejectedExecutionException (so {@link #spawn} fails that task's future).
   *
   * @param executor where the tasks run
   * @param limit the most tasks running at once
   * @return an executor that bounds concurrency
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  public static Executor limit(Executor executor, int limit) {
    Objects.requireNonNull(executor, "executor");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    return new LimitedExecutor(executor, limit);
  }

  /**
   * Blocks until {@code stage} completes and returns its value: asyncio's {@code await}.
   *
   * <p>A failure is rethrown as the stage's own exception when that is a RuntimeException or an
   * Error, and wrapped in a {@link CompletionException} when it is checked (see {@link
   * #await(CompletionStage, Class)} to rethrow a checked type as is). A cancelled stage throws its
   * {@link CancellationException}.
   *
   * <p>Interruption: if the waiting thread is interrupted, this throws a CancellationException
   * whose cause is the InterruptedException, with the thread's interrupt status set again. So code
   * that awaits inside a task cancelled with {@code cancel(true)} unwinds, as an asyncio task
   * receives CancelledError. Unlike asyncio, the awaited stage itself is not cancelled.
   *
   * <p>Awaiting blocks the thread. Inside a task on a bounded pool, awaiting other tasks of the
   * same pool can starve it (every thread waits for a task that has no thread to run on); the
   * {@linkplain #defaultExecutor() default executor} has no bound.
   *
   * @param stage the stage to wait for
   * @param <T> the type of its value
   * @return the stage's value
   * @throws CancellationException if the stage was cancelled or the thread was interrupted
   * @throws CompletionException wrapping a checked exception the stage failed with
   */
  public static <T extends @Nullable Object> T await(CompletionStage<T> stage) {
    try {
      return get(stage);
    } catch (ExecutionException failed) {
      throw Failures.rethrowUnchecked(causeOf(failed));
    }
  }

  /**
   * Like {@link #await(CompletionStage)}, but rethrows a failure of type {@code type} as is, so
   * that a checked exception of the blocking call keeps its type: {@code await(repo.load(id),
   * IOException.class)}. Other failures, cancellation and interruption behave as in {@link
   * #await(CompletionStage)}.
   *
   * @param stage the stage to wait for
   * @param type the exception type to rethrow as is
   * @param <T> the type of the stage's value
   * @param <X> the exception type
   * @return the stage's value
   * @throws X if the stage failed with an exception of that type
   * @throws CancellationException if the stage was cancelled or the thread was interrupted
   * @throws CompletionException wrapping any other checked exception the stage failed with
   */
  public static <T extends @Nullable Object, X extends Exception> T await(
      CompletionStage<T> stage, Class<X> type) throws X {
    Objects.requireNonNull(type, "type");
    try {
      return get(stage);
    } catch (ExecutionException failed) {
      Throwable cause = causeOf(failed);
      if (type.isInstance(cause)) {
        throw type.cast(cause);
      }
      throw Failures.rethrowUnchecked(cause);
    }
  }

  private static <T> T get(CompletionStage<T> stage) throws ExecutionException {
    Objects.requireNonNull(stage, "stage");
    // toCompletableFuture(): CompletableFuture's minimal stages refuse get() but convert.
    CompletableFuture<T> future =
        stage instanceof CompletableFuture<T> completable
            ? completable.toCompletableFuture()
            : bridge(stage);
    try {
      return future.get();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      CancellationException cancelled =
          new CancellationException("interrupted while awaiting " + stage);
      cancelled.initCause(interrupted);
      throw cancelled;
    }
  }

  /**
   * A CompletableFuture that completes as {@code stage} does, for stages of other libraries, whose
   * {@code toCompletableFuture()} may be unsupported.
   */
  private static <T> CompletableFuture<T> bridge(CompletionStage<T> stage) {
    CompletableFuture<T> future = new CompletableFuture<>();
    stage.whenComplete(
        (value, failure) -> {
          if (failure == null) {
            future.complete(value);
          } else {
            future.completeExceptionally(failure);
          }
        });
    return future;
  }

  private static Throwable causeOf(ExecutionException failed) {
    return failed.getCause() == null ? failed : failed.getCause();
  }

  /**
   * Makes one value from two: see {@link #gather(CompletionStage, CompletionStage, Combiner2)}.
   *
   * @param <A> the first value's type
   * @param <B> the second value's type
   * @param <R> the result's type
   */
  @FunctionalInterface
  public interface Combiner2<
      A extends @Nullable Object, B extends @Nullable Object, R extends @Nullable Object> {
    /**
     * Combines the values.
     *
     * @param a the first value
     * @param b the second value
     * @return the result
     * @throws Exception to fail the gathered future
     */
    R apply(A a, B b) throws Exception;
  }

  /**
   * Makes one value from three.
   *
   * @param <A> the first value's type
   * @param <B> the second value's type
   * @param <C> the third value's type
   * @param <R> the result's type
   */
  @FunctionalInterface
  public interface Combiner3<
      A extends @Nullable Object,
      B extends @Nullable Object,
      C extends @Nullable Object,
      R extends @Nullable Object> {
    /**
     * Combines the values.
     *
     * @param a the first value
     * @param b the second value
     * @param c the third value
     * @return the result
     * @throws Exception to fail the gathered future
     */
    R apply(A a, B b, C c) throws Exception;
  }

  /**
   * Makes one value from four.
   *
   * @param <A> the first value's type
   * @param <B> the second value's type
   * @param <C> the third value's type
   * @param <D> the fourth value's type
   * @param <R> the result's type
   */
  @FunctionalInterface
  public interface Combiner4<
      A extends @Nullable Object,
      B extends @Nullable Object,
      C extends @Nullable Object,
      D extends @Nullable Object,
      R extends @Nullable Object> {
    /**
     * Combines the values.
     *
     * @param a the first value
     * @param b the second value
     * @param c the third value
     * @param d the fourth value
     * @return the result
     * @throws Exception to fail the gathered future
     */
    R apply(A a, B b, C c, D d) throws Exception;
  }

  /**
   * Makes one value from five.
   *
   * @param <A> the first value's type
   * @param <B> the second value's type
   * @param <C> the third value's type
   * @param <D> the fourth value's type
   * @param <E> the fifth value's type
   * @param <R> the result's type
   */
  @FunctionalInterface
  public interface Combiner5<
      A extends @Nullable Object,
      B extends @Nullable Object,
      C extends @Nullable Object,
      D extends @Nullable Object,
      E extends @Nullable Object,
      R extends @Nullable Object> {
    /**
     * Combines the values.
     *
     * @param a the first value
     * @param b the second value
     * @param c the third value
     * @param d the fourth value
     * @param e the fifth value
     * @return the result
     * @throws Exception to fail the gathered future
     */
    R apply(A a, B b, C c, D d, E e) throws Exception;
  }
}
