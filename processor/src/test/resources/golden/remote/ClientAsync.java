package remote;

import dev.asyncify.runtime.FacadeSupport;
import dev.asyncify.runtime.Tasks;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import javax.annotation.processing.Generated;

/**
 * Asynchronous facade of {@link Client}: each method starts the blocking call on an
 * executor and returns at once a {@link java.util.concurrent.CompletableFuture CompletableFuture} of its result.
 *
 * <p>A future completes with what the call returns, or exceptionally with exactly what it
 * threw. {@code cancel(true)} interrupts a running call; a call cancelled before it starts
 * never runs. Get one with {@link #of(Client)} or {@link #of(Client, Executor)}.
 */
@Generated(
    value = "dev.asyncify.processor.AsyncProcessor",
    comments = "A facade written by asyncify; do not edit. What it does: \"What the processor writes\" in the asyncify README"
)
public interface ClientAsync {
  /**
   * Starts {@link remote.Client#fetch(java.lang.String) Client.fetch(String)} on the facade's executor.
   *
   * @return a future that completes as the stage it returns
   */
  CompletableFuture<String> fetch(String url);

  /**
   * Starts {@link remote.Client#size(java.lang.String) Client.size(String)} on the facade's executor.
   *
   * @return a future that completes as the stage it returns
   */
  CompletableFuture<? extends Number> size(String url);

  /**
   * Starts {@link remote.Client#lowerBound(java.lang.String) Client.lowerBound(String)} on the facade's executor.
   *
   * @return a future that completes as the stage it returns
   */
  CompletableFuture<? super Integer> lowerBound(String url);

  /**
   * Starts {@link remote.Client#anything(java.lang.String) Client.anything(String)} on the facade's executor.
   *
   * @return a future that completes as the stage it returns
   */
  CompletableFuture<?> anything(String url);

  /**
   * Starts {@link remote.Client#status(java.lang.String) Client.status(String)} on the facade's executor.
   *
   * @return a future that completes as the stage it returns
   */
  CompletableFuture<Integer> status(String url);

  /**
   * Starts {@link remote.Client#legacy() Client.legacy()} on the facade's executor.
   *
   * @return a future that completes as the stage it returns
   */
  CompletableFuture<?> legacy();

  /**
   * Starts {@link remote.Client#plainFuture() Client.plainFuture()} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<Future<String>> plainFuture();

  /**
   * Returns a facade that runs the calls of {@code delegate} on {@link Tasks#defaultExecutor()}:
   * a virtual thread per call on Java 21 and later, else a shared pool of daemon threads.
   *
   * @param delegate the blocking implementation to call
   * @return a facade of {@code delegate}
   * @throws NullPointerException if {@code delegate} is null
   */
  static ClientAsync of(Client delegate) {
    return of(delegate, Tasks.defaultExecutor());
  }

  /**
   * Returns a facade that runs the calls of {@code delegate} on {@code executor}.
   *
   * @param delegate the blocking implementation to call
   * @param executor where the calls run
   * @return a facade of {@code delegate}
   * @throws NullPointerException if {@code delegate} or {@code executor} is null
   */
  static ClientAsync of(Client delegate, Executor executor) {
    Objects.requireNonNull(delegate, "delegate");
    Objects.requireNonNull(executor, "executor");
    return new ClientAsync() {
      @Override
      public CompletableFuture<String> fetch(String url) {
        return new FacadeSupport.StageCall<String>() {
          @Override
          protected CompletionStage<?> call() throws Exception {
            return delegate.fetch(url);
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<? extends Number> size(String url) {
        return new FacadeSupport.StageCall<Number>() {
          @Override
          protected CompletionStage<?> call() throws Exception {
            return delegate.size(url);
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<? super Integer> lowerBound(String url) {
        return new FacadeSupport.StageCall<Object>() {
          @Override
          protected CompletionStage<?> call() throws Exception {
            return delegate.lowerBound(url);
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<?> anything(String url) {
        return new FacadeSupport.StageCall<Object>() {
          @Override
          protected CompletionStage<?> call() throws Exception {
            return delegate.anything(url);
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<Integer> status(String url) {
        return new FacadeSupport.StageCall<Integer>() {
          @Override
          protected CompletionStage<?> call() throws Exception {
            return delegate.status(url);
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<?> legacy() {
        return new FacadeSupport.StageCall<Object>() {
          @Override
          protected CompletionStage<?> call() throws Exception {
            return delegate.legacy();
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<Future<String>> plainFuture() {
        return new FacadeSupport.Call<Future<String>>() {
          @Override
          protected Object call() throws Exception {
            return delegate.plainFuture();
          }
        }.startOn(executor);
      }

      @Override
      public String toString() {
        return "ClientAsync[delegate=" + delegate + ", executor=" + executor + "]";
      }
    };
  }
}
