package dev.asyncify.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * What the code the asyncify processor generates builds on: <strong>not API</strong>. Nothing here
 * is meant for hand-written code, and it may change in any release without notice; it is public,
 * and exported by the module, only so that facades generated into users' packages and modules can
 * use it, as Dagger's {@code dagger.internal} is.
 *
 * <p>A facade method subclasses one of these anonymously, capturing its arguments, so that one
 * object is at once the call's future, the task handed to the executor and its arguments: the same
 * contract as {@link Tasks#spawn(java.util.concurrent.Callable, Executor)} for a call that returns
 * a value, and {@link Tasks#spawnStage} for one that returns a stage, for one allocation.
 *
 * <p>{@code call()} returns {@code Object}, or a stage of anything, so that the generated body
 * names no type of the user's: inside a subclass of CompletableFuture, the member types it inherits
 * ({@code Future.State} on Java 19 and later) would shadow a user's type of that name. The
 * generated code is what makes the value a {@code T}.
 */
public final class FacadeSupport {

  private FacadeSupport() {}

  /**
   * A facade call whose blocking method returns a value (or nothing: {@code Void} and null).
   *
   * @param <T> the type of the value
   */
  public abstract static class Call<T extends @Nullable Object> extends TaskFuture<T> {

    /** For generated subclasses; captures the calling thread's context. */
    protected Call() {}

    /**
     * Calls the blocking method.
     *
     * @return its result, a {@code T}
     * @throws Exception what it threw, which the future then fails with as is
     */
    protected abstract Object call() throws Exception;

    @Override
    @SuppressWarnings("unchecked") // the generated subclass returns what its facade method declares
    final boolean runBody() throws Exception {
      return complete((T) call());
    }

    /**
     * Hands this call to {@code executor}; a refusal fails the future instead of throwing.
     *
     * @param executor where the call runs
     * @return this call's future
     */
    public final CompletableFuture<T> startOn(Executor executor) {
      return start(executor);
    }
  }

  /**
   * A facade call whose blocking method returns a stage, which the future then follows.
   *
   * @param <T> the type of the stage's value
   */
  public abstract static class StageCall<T extends @Nullable Object>
      extends TaskFuture.StageTask<T> {

    /** For generated subclasses; captures the calling thread's context. */
    protected StageCall() {}

    /**
     * Calls the blocking method.
     *
     * @return the stage it returned, of a {@code T}
     * @throws Exception what it threw, which the future then fails with as is
     */
    protected abstract CompletionStage<?> call() throws Exception;

    @Override
    @SuppressWarnings("unchecked") // the generated subclass returns what its facade method declares
    final CompletionStage<? extends T> stage() throws Exception {
      return (CompletionStage<? extends T>) call();
    }

    /**
     * Hands this call to {@code executor}; a refusal fails the future instead of throwing.
     *
     * @param executor where the call runs
     * @return this call's future
     */
    public final CompletableFuture<T> startOn(Executor executor) {
      return start(executor);
    }
  }
}
