package dev.asyncify.runtime;

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
  public static <T> CompletableFuture<T> spawn(Callable<? extends T> task) {
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
   * @param task the blocking work to run
   * @param executor where to run it
   * @param <T> the type of the task's result
   * @return a future of the task's result
   * @throws NullPointerException if {@code task} or {@code executor} is null
   */
  public static <T> CompletableFuture<T> spawn(Callable<? extends T> task, Executor executor) {
    Objects.requireNonNull(task, "task");
    return start(future -> future.complete(task.call()), executor);
  }

  /**
   * Like {@link #spawn(Callable, Executor)} for a task that itself returns a stage: the future
   * completes as that stage does, never as a future of a future. A failure of the stage reaches the
   * caller as its own exception, without a CompletionException around it. Cancelling the future
   * also cancels the stage the task returned, when that stage is a {@link java.util.concurrent.Future}.
   * A task that returns null fails the future with a NullPointerException. Generated facades use
   * this for interface methods that return a CompletionStage.
   *
   * @param task the blocking work that returns a stage
   * @param executor where to run it
   * @param <T> the type of the stage's value
   * @return a future of the returned stage's value
   * @throws NullPointerException if {@code task} or {@code executor} is null
   */
  public static <T> CompletableFuture<T> spawnStage(
      Callable<? extends CompletionStage<? extends T>> task, Executor executor) {
    Objects.requireNonNull(task, "task");
    return start(future -> future.follow(task.call()), executor);
  }

  private static <T> CompletableFuture<T> start(TaskFuture.Body<T> body, Executor executor) {
    Objects.requireNonNull(executor, "executor");
    TaskFuture<T> future = new TaskFuture<>(body);
    try {
      executor.execute(future);
    } catch (RuntimeException refused) {
      future.completeExceptionally(refused);
    }
    return future;
  }

  /**
   * Gathers the results of {@code stages}, in argument order: asyncio's {@code gather}.
   *
   * <p>The future fails as soon as any input fails, with that input's own exception (not a
   * CompletionException); as in asyncio, the other inputs go on running. Cancelling the returned
   * future cancels every input that is a {@link java.util.concurrent.Future}, passing on {@code
   * mayInterruptIfRunning}. The list is unmodifiable and may hold nulls. Any number of inputs works:
   * there is one callback per input and no recursion.
   *
   * @param stages the stages to gather
   * @param <T> the common type of their values
   * @return a future of the values in argument order
   * @throws NullPointerException if the array or any stage is null
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, through a list that is copied at once
  public static <T> CompletableFuture<List<T>> gather(CompletionStage<? extends T>... stages) {
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
  public static <T> CompletableFuture<List<T>> gather(
      Collection<? extends CompletionStage<? extends T>> stages) {
    return Gathering.collect(List.copyOf(stages), true, (value, failure) -> value);
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
  public static <T> CompletableFuture<List<Outcome<T>>> gatherSettled(
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
  public static <T> CompletableFuture<List<Outcome<T>>> gatherSettled(
      Collection<? extends CompletionStage<? extends T>> stages) {
    return Gathering.collect(List.copyOf(stages), false, Tasks::<T>outcome);
  }

  private static <T> Outcome<T> outcome(T value, Throwable failure) {
    return failure == null ? new Outcome.Success<>(value) : new Outcome.Failure<>(failure);
  }

  /**
   * Blocks until {@code stage} completes and returns its value: asyncio's {@code await}.
   *
   * <p>A failure is rethrown as the stage's own exception when that is a RuntimeException or an
   * Error, and wrapped in a {@link CompletionException} when it is checked (see {@link
   * #await(CompletionStage, Class)} to rethrow a checked type as is). A cancelled stage throws its
   * {@link CancellationException}.
   *
   * <p>Interruption: if the waiting thread is interrupted, this throws a CancellationException whose
   * cause is the InterruptedException, with the thread's interrupt status set again. So code that
   * awaits inside a task cancelled with {@code cancel(true)} unwinds, as an asyncio task receives
   * CancelledError. Unlike asyncio, the awaited stage itself is not cancelled.
   *
   * @param stage the stage to wait for
   * @param <T> the type of its value
   * @return the stage's value
   * @throws CancellationException if the stage was cancelled or the thread was interrupted
   * @throws CompletionException wrapping a checked exception the stage failed with
   */
  public static <T> T await(CompletionStage<T> stage) {
    try {
      return get(stage);
    } catch (ExecutionException failed) {
      throw Failures.rethrowUnchecked(causeOf(failed));
    }
  }

  /**
   * Like {@link #await(CompletionStage)}, but rethrows a failure of type {@code type} as is, so that
   * a checked exception of the blocking call keeps its type: {@code await(repo.load(id),
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
  public static <T, X extends Exception> T await(CompletionStage<T> stage, Class<X> type)
      throws X {
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
}
