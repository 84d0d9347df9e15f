package text;

import dev.asyncify.runtime.FacadeSupport;
import dev.asyncify.runtime.Tasks;
import java.util.List;
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
   * Starts {@link text.Files#list(java.lang.String) Files.list(String)} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<List<String>> list(String directory);

  /**
   * Starts {@link text.Lines#line(int) Lines.line(int)} on the facade's executor.
   *
   * @return a future of its result
   */
  @Override
  CompletableFuture<String> line(int number);

  /**
   * Starts {@link text.Lines#describe() Lines.describe()} on the facade's executor.
   *
   * @return a future of its result
   */
  @Override
  CompletableFuture<Object> describe();

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
      public CompletableFuture<List<String>> list(String directory) {
        return new FacadeSupport.Call<List<String>>() {
          @Override
          protected Object call() throws Exception {
            return delegate.list(directory);
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<String> line(int number) {
        return new FacadeSupport.Call<String>() {
          @Override
          protected Object call() throws Exception {
            return delegate.line(number);
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<Object> describe() {
        return new FacadeSupport.Call<Object>() {
          @Override
          protected Object call() throws Exception {
            return delegate.describe();
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
