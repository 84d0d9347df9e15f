package shop;

import dev.asyncify.runtime.FacadeSupport;
import dev.asyncify.runtime.Tasks;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.annotation.processing.Generated;

/**
 * Asynchronous facade of {@link Inventory}: each method starts the blocking call on an
 * executor and returns at once a {@link java.util.concurrent.CompletableFuture CompletableFuture} of its result.
 *
 * <p>A future completes with what the call returns, or exceptionally with exactly what it
 * threw. {@code cancel(true)} interrupts a running call; a call cancelled before it starts
 * never runs. Get one with {@link #of(Inventory)} or {@link #of(Inventory, Executor)}.
 */
@Generated(
    value = "dev.asyncify.processor.AsyncProcessor",
    comments = "A facade written by asyncify; do not edit. What it does: \"What the processor writes\" in the asyncify README"
)
public interface InventoryAsync {
  /**
   * Starts {@link shop.Inventory#count(java.lang.String) Inventory.count(String)} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<Integer> count(String sku);

  /**
   * Starts {@link shop.Inventory#skus() Inventory.skus()} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<List<String>> skus();

  /**
   * Starts {@link shop.Inventory#restock(java.lang.String, int) Inventory.restock(String, int)} on the facade's executor.
   *
   * @return a future that completes with null when it returns
   */
  CompletableFuture<Void> restock(String sku, int amount);

  /**
   * Starts {@link shop.Inventory#tags(long[]) Inventory.tags(long[])} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<String[]> tags(long... ids);

  /**
   * Starts {@link shop.Inventory#inStock(java.lang.String) Inventory.inStock(String)} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<Boolean> inStock(String sku);

  /**
   * Returns a facade that runs the calls of {@code delegate} on {@link Tasks#defaultExecutor()}:
   * a virtual thread per call on Java 21 and later, else a shared pool of daemon threads.
   *
   * @param delegate the blocking implementation to call
   * @return a facade of {@code delegate}
   * @throws NullPointerException if {@code delegate} is null
   */
  static InventoryAsync of(Inventory delegate) {
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
  static InventoryAsync of(Inventory delegate, Executor executor) {
    Objects.requireNonNull(delegate, "delegate");
    Objects.requireNonNull(executor, "executor");
    return new InventoryAsync() {
      @Override
      public CompletableFuture<Integer> count(String sku) {
        return new FacadeSupport.Call<Integer>() {
          @Override
          protected Object call() throws Exception {
            return delegate.count(sku);
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<List<String>> skus() {
        return new FacadeSupport.Call<List<String>>() {
          @Override
          protected Object call() throws Exception {
            return delegate.skus();
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<Void> restock(String sku, int amount) {
        return new FacadeSupport.Call<Void>() {
          @Override
          protected Object call() throws Exception {
            delegate.restock(sku, amount);
            return null;
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<String[]> tags(long... ids) {
        return new FacadeSupport.Call<String[]>() {
          @Override
          protected Object call() throws Exception {
            return delegate.tags(ids);
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<Boolean> inStock(String sku) {
        return new FacadeSupport.Call<Boolean>() {
          @Override
          protected Object call() throws Exception {
            return delegate.inStock(sku);
          }
        }.startOn(executor);
      }

      @Override
      public String toString() {
        return "InventoryAsync[delegate=" + delegate + ", executor=" + executor + "]";
      }
    };
  }
}
