package family;

import dev.asyncify.runtime.FacadeSupport;
import dev.asyncify.runtime.Tasks;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.annotation.processing.Generated;

/**
 * Asynchronous facade of {@link Files}: each method starts the blocking call on an
 * executor and returns at once a {@link java.util.concurrent.CompletableFuture CompletableFuture} of its result.
 *
 * <p>A future completes with what the call returns, or exceptionally with exactly what it
 * threw. {@code cancel(true)} interrupts a running call; a call cancelled before it starts
 * never runs. Get one with {@link #of(Files)} or {@link #of(Files, Executor)}.
 */
@Generated(
    value = "dev.asyncify.processor.AsyncProcessor",
    comments = "A facade written by asyncify; do not edit. What it does: \"What the processor writes\" in the asyncify README"
)
public interface FilesAsync extends LinesAsync {
  /**
   * Starts {@link family.Files#path() Files.path()} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<Path> path();

  /**
   * Starts {@link family.Lines#describe() Lines.describe()} on the facade's executor.
   *
   * @return a future of its result
   */
  @Override
  CompletableFuture<String> describe();

  /**
   * Starts {@link family.Lines#count() Lines.count()} on the facade's executor.
   *
   * @return a future of its result
   */
  @Override
  CompletableFuture<Long> count();

  /**
   * Reads the next item.
   *
   * <p>Starts {@link family.Named#next() Named.next()} on the facade's executor.
   *
   * @return a future of its result
   */
  @Override
  CompletableFuture<String> next();

  /**
   * Starts {@link family.Counted#close() Counted.close()} on the facade's executor.
   *
   * @return a future that completes with null when it returns
   */
  @Override
  CompletableFuture<Void> close();

  /**
   * Returns a facade that runs the calls of {@code delegate} on {@link Tasks#defaultExecutor()}:
   * a virtual thread per call on Java 21 and later, else a shared pool of daemon threads.
   *
   * @param delegate the blocking implementation to call
   * @return a facade of {@code delegate}
   * @throws NullPointerException if {@code delegate} is null
   */
  static FilesAsync of(Files delegate) {
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
  static FilesAsync of(Files delegate, Executor executor) {
    Objects.requireNonNull(delegate, "delegate");
    Objects.requireNonNull(executor, "executor");
    return new FilesAsync() {
      @Override
      public CompletableFuture<Path> path() {
        return new FacadeSupport.Call<Path>() {
          @Override
          protected Object call() throws Exception {
            return delegate.path();
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<String> describe() {
        return new FacadeSupport.Call<String>() {
          @Override
          protected Object call() throws Exception {
            return delegate.describe();
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<Long> count() {
        return new FacadeSupport.Call<Long>() {
          @Override
          protected Object call() throws Exception {
            return delegate.count();
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<String> next() {
        return new FacadeSupport.Call<String>() {
          @Override
          protected Object call() throws Exception {
            return delegate.next();
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
        return "FilesAsync[delegate=" + delegate + ", executor=" + executor + "]";
      }
    };
  }
}
