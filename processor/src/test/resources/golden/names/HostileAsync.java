package names;

import dev.asyncify.runtime.FacadeSupport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;

/**
 * Asynchronous facade of {@link Hostile}: each method starts the blocking call on an
 * executor and returns at once a {@link java.util.concurrent.CompletableFuture CompletableFuture} of its result.
 *
 * <p>A future completes with what the call returns, or exceptionally with exactly what it
 * threw. {@code cancel(true)} interrupts a running call; a call cancelled before it starts
 * never runs. Get one with {@link #of(Hostile)} or {@link #of(Hostile, java.util.concurrent.Executor)}.
 */
@Generated(
    value = "dev.asyncify.processor.AsyncProcessor",
    comments = "A facade written by asyncify; do not edit. What it does: \"What the processor writes\" in the asyncify README"
)
public interface HostileAsync<Objects2, CompletableFuture2> {
  /**
   * Starts {@link names.Hostile#executor(names.Executor, names.Tasks) Hostile.executor(Executor, Tasks)} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<Executor> executor(Executor executor, Tasks delegate);

  /**
   * Starts {@link names.Hostile#generated(java.lang.Object, java.lang.Object) Hostile.generated(Object, Object)} on the facade's executor.
   *
   * @return a future of its result
   */
  <Generated2> CompletableFuture<Generated2> generated(Objects2 objects, CompletableFuture2 future);

  /**
   * Starts {@link names.Hostile#toString(int) Hostile.toString(int)} on the facade's executor.
   *
   * @return a future that completes as the stage it returns
   */
  CompletableFuture<Tasks> toString(int radix);

  /**
   * Starts {@link names.Hostile#of(java.lang.Object) Hostile.of(Object)} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<String> of(Object notTheFactory);

  /**
   * Returns a facade that runs the calls of {@code delegate} on {@link dev.asyncify.runtime.Tasks#defaultExecutor()}:
   * a virtual thread per call on Java 21 and later, else a shared pool of daemon threads.
   *
   * @param delegate the blocking implementation to call
   * @return a facade of {@code delegate}
   * @throws NullPointerException if {@code delegate} is null
   */
  static <Objects2, CompletableFuture2> HostileAsync<Objects2, CompletableFuture2> of(
      Hostile<Objects2, CompletableFuture2> delegate) {
    return of(delegate, dev.asyncify.runtime.Tasks.defaultExecutor());
  }

  /**
   * Returns a facade that runs the calls of {@code delegate} on {@code executor}.
   *
   * @param delegate the blocking implementation to call
   * @param executor where the calls run
   * @return a facade of {@code delegate}
   * @throws NullPointerException if {@code delegate} or {@code executor} is null
   */
  static <Objects2, CompletableFuture2> HostileAsync<Objects2, CompletableFuture2> of(
      Hostile<Objects2, CompletableFuture2> delegate, java.util.concurrent.Executor executor) {
    Objects.requireNonNull(delegate, "delegate");
    Objects.requireNonNull(executor, "executor");
    return new HostileAsync<Objects2, CompletableFuture2>() {
      @Override
      public CompletableFuture<Executor> executor(Executor executor_, Tasks delegate_) {
        return new FacadeSupport.Call<Executor>() {
          @Override
          protected Object call() throws Exception {
            return delegate.executor(executor_, delegate_);
          }
        }.startOn(executor);
      }

      @Override
      public <Generated2> CompletableFuture<Generated2> generated(Objects2 objects,
          CompletableFuture2 future) {
        return new FacadeSupport.Call<Generated2>() {
          @Override
          protected Object call() throws Exception {
            return delegate.<Generated2>generated(objects, future);
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<Tasks> toString(int radix) {
        return new FacadeSupport.StageCall<Tasks>() {
          @Override
          protected CompletionStage<?> call() throws Exception {
            return delegate.toString(radix);
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<String> of(Object notTheFactory) {
        return new FacadeSupport.Call<String>() {
          @Override
          protected Object call() throws Exception {
            return delegate.of(notTheFactory);
          }
        }.startOn(executor);
      }

      @Override
      public String toString() {
        return "HostileAsync[delegate=" + delegate + ", executor=" + executor + "]";
      }
    };
  }
}
