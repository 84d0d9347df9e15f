package app;

import dev.asyncify.runtime.FacadeSupport;
import dev.asyncify.runtime.Tasks;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.annotation.processing.Generated;
import lib.Client;

/**
 * Asynchronous facade of {@link Client.Session}: each method starts the blocking call on an
 * executor and returns at once a {@link java.util.concurrent.CompletableFuture CompletableFuture} of its result.
 *
 * <p>A future completes with what the call returns, or exceptionally with exactly what it
 * threw. {@code cancel(true)} interrupts a running call; a call cancelled before it starts
 * never runs. Get one with {@link #of(Client.Session)} or {@link #of(Client.Session, Executor)}.
 */
@Generated(
    value = "dev.asyncify.processor.AsyncProcessor",
    comments = "A facade written by asyncify; do not edit. What it does: \"What the processor writes\" in the asyncify README"
)
public interface Client_SessionAsync {
  /**
   * Starts {@link lib.Client.Session#id() Client.Session.id()} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<Long> id();

  /**
   * Starts {@link java.io.Closeable#close() Closeable.close()} on the facade's executor.
   *
   * @return a future that completes with null when it returns
   */
  CompletableFuture<Void> close();

  /**
   * Returns a facade that runs the calls of {@code delegate} on {@link Tasks#defaultExecutor()}:
   * a virtual thread per call on Java 21 and later, else a shared pool of daemon threads.
   *
   * @param delegate the blocking implementation to call
   * @return a facade of {@code delegate}
   * @throws NullPointerException if {@code delegate} is null
   */
  static Client_SessionAsync of(Client.Session delegate) {
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
  static Client_SessionAsync of(Client.Session delegate, Executor executor) {
    Objects.requireNonNull(delegate, "delegate");
    Objects.requireNonNull(executor, "executor");
    return new Client_SessionAsync() {
      @Override
      public CompletableFuture<Long> id() {
        return new FacadeSupport.Call<Long>() {
          @Override
          protected Object call() throws Exception {
            return delegate.id();
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<Void> close() {
        return new FacadeSupport.Call<Void>() {
          @Override
          protected Object call() throws Exception {
            delegate.close();
            return null;
          }
        }.startOn(executor);
      }

      @Override
      public String toString() {
        return "Client_SessionAsync[delegate=" + delegate + ", executor=" + executor + "]";
      }
    };
  }
}
