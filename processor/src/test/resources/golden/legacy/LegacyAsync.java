package legacy;

import dev.asyncify.runtime.FacadeSupport;
import dev.asyncify.runtime.Tasks;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.annotation.processing.Generated;

/**
 * Asynchronous facade of {@link Legacy}: each method starts the blocking call on an
 * executor and returns at once a {@link java.util.concurrent.CompletableFuture CompletableFuture} of its result.
 *
 * <p>A future completes with what the call returns, or exceptionally with exactly what it
 * threw. {@code cancel(true)} interrupts a running call; a call cancelled before it starts
 * never runs. Get one with {@link #of(Legacy)} or {@link #of(Legacy, Executor)}.
 */
@Generated(
    value = "dev.asyncify.processor.AsyncProcessor",
    comments = "A facade written by asyncify; do not edit. What it does: \"What the processor writes\" in the asyncify README"
)
public interface LegacyAsync {
  /**
   * Starts {@link legacy.Legacy#old() Legacy.old()} on the facade's executor.
   *
   * @return a future of its result
   */
  @Deprecated
  CompletableFuture<String> old();

  /**
   * Starts {@link legacy.Legacy#thing(legacy.OldThing) Legacy.thing(OldThing)} on the facade's executor.
   *
   * @return a future of its result
   */
  @SuppressWarnings("deprecation")
  CompletableFuture<OldThing> thing(OldThing input);

  /**
   * Starts {@link legacy.Legacy#raw(java.util.List) Legacy.raw(List)} on the facade's executor.
   *
   * @return a future of its result
   */
  @SuppressWarnings("rawtypes")
  CompletableFuture<List> raw(List input);

  /**
   * Starts {@link legacy.Legacy#listOf(java.lang.Object[]) Legacy.listOf(Object[])} on the facade's executor.
   *
   * @return a future of its result
   */
  @SuppressWarnings("unchecked")
  <T> CompletableFuture<List<T>> listOf(T... items);

  /**
   * Returns a facade that runs the calls of {@code delegate} on {@link Tasks#defaultExecutor()}:
   * a virtual thread per call on Java 21 and later, else a shared pool of daemon threads.
   *
   * @param delegate the blocking implementation to call
   * @return a facade of {@code delegate}
   * @throws NullPointerException if {@code delegate} is null
   */
  static LegacyAsync of(Legacy delegate) {
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
  static LegacyAsync of(Legacy delegate, Executor executor) {
    Objects.requireNonNull(delegate, "delegate");
    Objects.requireNonNull(executor, "executor");
    return new LegacyAsync() {
      @Override
      @Deprecated
      public CompletableFuture<String> old() {
        return new FacadeSupport.Call<String>() {
          @Override
          protected Object call() throws Exception {
            return delegate.old();
          }
        }.startOn(executor);
      }

      @Override
      @SuppressWarnings("deprecation")
      public CompletableFuture<OldThing> thing(OldThing input) {
        return new FacadeSupport.Call<OldThing>() {
          @Override
          protected Object call() throws Exception {
            return delegate.thing(input);
          }
        }.startOn(executor);
      }

      @Override
      @SuppressWarnings("rawtypes")
      public CompletableFuture<List> raw(List input) {
        return new FacadeSupport.Call<List>() {
          @Override
          protected Object call() throws Exception {
            return delegate.raw(input);
          }
        }.startOn(executor);
      }

      @Override
      @SuppressWarnings("unchecked")
      public <T> CompletableFuture<List<T>> listOf(T... items) {
        return new FacadeSupport.Call<List<T>>() {
          @Override
          protected Object call() throws Exception {
            return delegate.<T>listOf(items);
          }
        }.startOn(executor);
      }

      @Override
      public String toString() {
        return "LegacyAsync[delegate=" + delegate + ", executor=" + executor + "]";
      }
    };
  }
}
