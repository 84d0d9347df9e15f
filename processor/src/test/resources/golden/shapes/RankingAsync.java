package shapes;

import dev.asyncify.runtime.FacadeSupport;
import dev.asyncify.runtime.Tasks;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.annotation.processing.Generated;

/**
 * Asynchronous facade of {@link Ranking}: each method starts the blocking call on an
 * executor and returns at once a {@link java.util.concurrent.CompletableFuture CompletableFuture} of its result.
 *
 * <p>A future completes with what the call returns, or exceptionally with exactly what it
 * threw. {@code cancel(true)} interrupts a running call; a call cancelled before it starts
 * never runs. Get one with {@link #of(Ranking)} or {@link #of(Ranking, Executor)}.
 */
@Generated(
    value = "dev.asyncify.processor.AsyncProcessor",
    comments = "A facade written by asyncify; do not edit. What it does: \"What the processor writes\" in the asyncify README"
)
public interface RankingAsync<T extends Comparable<? super T>, N extends Number & Runnable> {
  /**
   * Starts {@link shapes.Ranking#best(java.util.Collection) Ranking.best(Collection)} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<T> best(Collection<? extends T> candidates);

  /**
   * Starts {@link shapes.Ranking#shadow(java.lang.Object) Ranking.shadow(Object)} on the facade's executor.
   *
   * @return a future of its result
   */
  <T2> CompletableFuture<T2> shadow(T2 value);

  /**
   * Starts {@link shapes.Ranking#fill(java.lang.Number[], java.util.List[]) Ranking.fill(Number[], List[])} on the facade's executor.
   *
   * @return a future of its result
   */
  <T2 extends N> CompletableFuture<List<? super T2>> fill(T2[] values, List<T2>[] buckets);

  /**
   * Starts {@link shapes.Ranking#grouped() Ranking.grouped()} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<Map<String, List<? extends Map.Entry<T, ?>>>> grouped();

  /**
   * Starts {@link shapes.Ranking#raw(java.util.Map) Ranking.raw(Map)} on the facade's executor.
   *
   * @return a future of its result
   */
  @SuppressWarnings("rawtypes")
  CompletableFuture<List> raw(Map rawMap);

  /**
   * Starts {@link shapes.Ranking#grid(int, int[]) Ranking.grid(int, int[])} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<N[][]> grid(int rows, int... columns);

  /**
   * Starts {@link shapes.Ranking#parse(java.lang.Class, java.lang.String) Ranking.parse(Class, String)} on the facade's executor.
   *
   * @return a future of its result
   */
  <E extends Enum<E> & Comparable<E>> CompletableFuture<E> parse(Class<E> type, String text);

  /**
   * Starts {@link shapes.Ranking#unbox(shapes.Box.Item) Ranking.unbox(Box.Item)} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<Box<T>.Item> unbox(Box<String>.Item item);

  /**
   * Returns a facade that runs the calls of {@code delegate} on {@link Tasks#defaultExecutor()}:
   * a virtual thread per call on Java 21 and later, else a shared pool of daemon threads.
   *
   * @param delegate the blocking implementation to call
   * @return a facade of {@code delegate}
   * @throws NullPointerException if {@code delegate} is null
   */
  static <T extends Comparable<? super T>, N extends Number & Runnable> RankingAsync<T, N> of(
      Ranking<T, N> delegate) {
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
  static <T extends Comparable<? super T>, N extends Number & Runnable> RankingAsync<T, N> of(
      Ranking<T, N> delegate, Executor executor) {
    Objects.requireNonNull(delegate, "delegate");
    Objects.requireNonNull(executor, "executor");
    return new RankingAsync<T, N>() {
      @Override
      public CompletableFuture<T> best(Collection<? extends T> candidates) {
        return new FacadeSupport.Call<T>() {
          @Override
          protected Object call() throws Exception {
            return delegate.best(candidates);
          }
        }.startOn(executor);
      }

      @Override
      public <T2> CompletableFuture<T2> shadow(T2 value) {
        return new FacadeSupport.Call<T2>() {
          @Override
          protected Object call() throws Exception {
            return delegate.<T2>shadow(value);
          }
        }.startOn(executor);
      }

      @Override
      public <T2 extends N> CompletableFuture<List<? super T2>> fill(T2[] values,
          List<T2>[] buckets) {
        return new FacadeSupport.Call<List<? super T2>>() {
          @Override
          protected Object call() throws Exception {
            return delegate.<T2>fill(values, buckets);
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<Map<String, List<? extends Map.Entry<T, ?>>>> grouped() {
        return new FacadeSupport.Call<Map<String, List<? extends Map.Entry<T, ?>>>>() {
          @Override
          protected Object call() throws Exception {
            return delegate.grouped();
          }
        }.startOn(executor);
      }

      @Override
      @SuppressWarnings("rawtypes")
      public CompletableFuture<List> raw(Map rawMap) {
        return new FacadeSupport.Call<List>() {
          @Override
          protected Object call() throws Exception {
            return delegate.raw(rawMap);
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<N[][]> grid(int rows, int... columns) {
        return new FacadeSupport.Call<N[][]>() {
          @Override
          protected Object call() throws Exception {
            return delegate.grid(rows, columns);
          }
        }.startOn(executor);
      }

      @Override
      public <E extends Enum<E> & Comparable<E>> CompletableFuture<E> parse(Class<E> type,
          String text) {
        return new FacadeSupport.Call<E>() {
          @Override
          protected Object call() throws Exception {
            return delegate.<E>parse(type, text);
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<Box<T>.Item> unbox(Box<String>.Item item) {
        return new FacadeSupport.Call<Box<T>.Item>() {
          @Override
          protected Object call() throws Exception {
            return delegate.unbox(item);
          }
        }.startOn(executor);
      }

      @Override
      public String toString() {
        return "RankingAsync[delegate=" + delegate + ", executor=" + executor + "]";
      }
    };
  }
}
