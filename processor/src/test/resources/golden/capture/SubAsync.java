package capture;

import dev.asyncify.runtime.FacadeSupport;
import dev.asyncify.runtime.Tasks;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.annotation.processing.Generated;

/**
 * Asynchronous facade of {@link Sub}: each method starts the blocking call on an
 * executor and returns at once a {@link java.util.concurrent.CompletableFuture CompletableFuture} of its result.
 *
 * <p>A future completes with what the call returns, or exceptionally with exactly what it
 * threw. {@code cancel(true)} interrupts a running call; a call cancelled before it starts
 * never runs. Get one with {@link #of(Sub)} or {@link #of(Sub, Executor)}.
 */
@Generated(
    value = "dev.asyncify.processor.AsyncProcessor",
    comments = "A facade written by asyncify; do not edit. What it does: \"What the processor writes\" in the asyncify README"
)
public interface SubAsync<T> {
  /**
   * Starts {@link capture.Sub#root(java.lang.Object, java.util.List) Sub.root(Object, List)} on the facade's executor.
   *
   * @return a future of its result
   */
  <dev2> CompletableFuture<dev2> root(dev2 value, List<dev2> values);

  /**
   * Starts {@link capture.Sub#wrapped(java.lang.Object, java.util.List) Sub.wrapped(Object, List)} on the facade's executor.
   *
   * @return a future of its result
   */
  <java2> CompletableFuture<java2> wrapped(java2 value, List<java2> values);

  /**
   * Starts {@link capture.Sub#tasks(java.lang.Object) Sub.tasks(Object)} on the facade's executor.
   *
   * @return a future of its result
   */
  <Tasks2> CompletableFuture<Tasks2> tasks(Tasks2 value);

  /**
   * Starts {@link capture.Sub#entry(java.lang.Object, java.util.Map.Entry) Sub.entry(Object, Map.Entry)} on the facade's executor.
   *
   * @return a future of its result
   */
  <Map2> CompletableFuture<Map2> entry(Map2 value, Map.Entry<String, Map2> entry);

  /**
   * Starts {@link capture.Base#conv(java.lang.Object, java.lang.Object) Base.conv(Object, Object)} on the facade's executor.
   *
   * @return a future of its result
   */
  <T2> CompletableFuture<T2> conv(T2 t, T u);

  /**
   * Sorts.
   *
   * <p>Starts {@link capture.Base#sort(java.util.List, java.lang.Comparable) Base.sort(List, Comparable)} on the facade's executor.
   *
   * @param <T2> the kind of the first
   * @param list what to sort
   * @param first what comes first
   * @return a future that completes with the sorted list
   */
  <T2 extends Comparable<T2>> CompletableFuture<List<T2>> sort(List<T> list, T2 first);

  /**
   * Starts {@link capture.Base#pair(java.lang.Object, java.lang.Object, java.lang.Object) Base.pair(Object, Object, Object)} on the facade's executor.
   *
   * @return a future of its result
   */
  <T3, T2> CompletableFuture<T2> pair(T3 first, T2 second, T third);

  /**
   * Returns a facade that runs the calls of {@code delegate} on {@link Tasks#defaultExecutor()}:
   * a virtual thread per call on Java 21 and later, else a shared pool of daemon threads.
   *
   * @param delegate the blocking implementation to call
   * @return a facade of {@code delegate}
   * @throws NullPointerException if {@code delegate} is null
   */
  static <T> SubAsync<T> of(Sub<T> delegate) {
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
  static <T> SubAsync<T> of(Sub<T> delegate, Executor executor) {
    Objects.requireNonNull(delegate, "delegate");
    Objects.requireNonNull(executor, "executor");
    return new SubAsync<T>() {
      @Override
      public <dev2> CompletableFuture<dev2> root(dev2 value, List<dev2> values) {
        return new FacadeSupport.Call<dev2>() {
          @Override
          protected Object call() throws Exception {
            return delegate.<dev2>root(value, values);
          }
        }.startOn(executor);
      }

      @Override
      public <java2> CompletableFuture<java2> wrapped(java2 value, List<java2> values) {
        return new FacadeSupport.Call<java2>() {
          @Override
          protected Object call() throws Exception {
            return delegate.<java2>wrapped(value, values);
          }
        }.startOn(executor);
      }

      @Override
      public <Tasks2> CompletableFuture<Tasks2> tasks(Tasks2 value) {
        return new FacadeSupport.Call<Tasks2>() {
          @Override
          protected Object call() throws Exception {
            return delegate.<Tasks2>tasks(value);
          }
        }.startOn(executor);
      }

      @Override
      public <Map2> CompletableFuture<Map2> entry(Map2 value, Map.Entry<String, Map2> entry) {
        return new FacadeSupport.Call<Map2>() {
          @Override
          protected Object call() throws Exception {
            return delegate.<Map2>entry(value, entry);
          }
        }.startOn(executor);
      }

      @Override
      public <T2> CompletableFuture<T2> conv(T2 t, T u) {
        return new FacadeSupport.Call<T2>() {
          @Override
          protected Object call() throws Exception {
            return delegate.<T2>conv(t, u);
          }
        }.startOn(executor);
      }

      @Override
      public <T2 extends Comparable<T2>> CompletableFuture<List<T2>> sort(List<T> list, T2 first) {
        return new FacadeSupport.Call<List<T2>>() {
          @Override
          protected Object call() throws Exception {
            return delegate.<T2>sort(list, first);
          }
        }.startOn(executor);
      }

      @Override
      public <T3, T2> CompletableFuture<T2> pair(T3 first, T2 second, T third) {
        return new FacadeSupport.Call<T2>() {
          @Override
          protected Object call() throws Exception {
            return delegate.<T3, T2>pair(first, second, third);
          }
        }.startOn(executor);
      }

      @Override
      public String toString() {
        return "SubAsync[delegate=" + delegate + ", executor=" + executor + "]";
      }
    };
  }
}
