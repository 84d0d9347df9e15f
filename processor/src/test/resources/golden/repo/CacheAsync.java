package repo;

import dev.asyncify.runtime.FacadeSupport;
import dev.asyncify.runtime.Tasks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.annotation.processing.Generated;

/**
 * Asynchronous facade of {@link Cache}: each method starts the blocking call on an
 * executor and returns at once a {@link java.util.concurrent.CompletableFuture CompletableFuture} of its result.
 *
 * <p>A future completes with what the call returns, or exceptionally with exactly what it
 * threw. {@code cancel(true)} interrupts a running call; a call cancelled before it starts
 * never runs. Get one with {@link #of(Cache)} or {@link #of(Cache, Executor)}.
 */
@Generated(
    value = "dev.asyncify.processor.AsyncProcessor",
    comments = "A facade written by asyncify; do not edit. What it does: \"What the processor writes\" in the asyncify README"
)
public interface CacheAsync<K extends Comparable<K>, V> {
  /**
   * Starts {@link repo.Cache#put(java.lang.Comparable, java.lang.Object) Cache.put(Comparable, Object)} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<V> put(K key, V value);

  /**
   * Starts {@link repo.Repo#find(java.lang.Comparable) Repo.find(Comparable)} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<Optional<V>> find(K id);

  /**
   * Starts {@link repo.Repo#findAll(java.util.List) Repo.findAll(List)} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<List<V>> findAll(List<? extends K> ids);

  /**
   * Starts {@link repo.Repo#describe() Repo.describe()} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<Object> describe();

  /**
   * Starts {@link repo.Repo#measure(java.lang.Object, java.lang.Class) Repo.measure(Object, Class)} on the facade's executor.
   *
   * @return a future of its result
   */
  <R extends Number & Comparable<R>> CompletableFuture<R> measure(V entity, Class<R> unit);

  /**
   * Returns a facade that runs the calls of {@code delegate} on {@link Tasks#defaultExecutor()}:
   * a virtual thread per call on Java 21 and later, else a shared pool of daemon threads.
   *
   * @param delegate the blocking implementation to call
   * @return a facade of {@code delegate}
   * @throws NullPointerException if {@code delegate} is null
   */
  static <K extends Comparable<K>, V> CacheAsync<K, V> of(Cache<K, V> delegate) {
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
  static <K extends Comparable<K>, V> CacheAsync<K, V> of(Cache<K, V> delegate, Executor executor) {
    Objects.requireNonNull(delegate, "delegate");
    Objects.requireNonNull(executor, "executor");
    return new CacheAsync<K, V>() {
      @Override
      public CompletableFuture<V> put(K key, V value) {
        return new FacadeSupport.Call<V>() {
          @Override
          protected Object call() throws Exception {
            return delegate.put(key, value);
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<Optional<V>> find(K id) {
        return new FacadeSupport.Call<Optional<V>>() {
          @Override
          protected Object call() throws Exception {
            return delegate.find(id);
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<List<V>> findAll(List<? extends K> ids) {
        return new FacadeSupport.Call<List<V>>() {
          @Override
          protected Object call() throws Exception {
            return delegate.findAll(ids);
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
      public <R extends Number & Comparable<R>> CompletableFuture<R> measure(V entity,
          Class<R> unit) {
        return new FacadeSupport.Call<R>() {
          @Override
          protected Object call() throws Exception {
            return delegate.<R>measure(entity, unit);
          }
        }.startOn(executor);
      }

      @Override
      public String toString() {
        return "CacheAsync[delegate=" + delegate + ", executor=" + executor + "]";
      }
    };
  }
}
