package shadow;

import dev.asyncify.runtime.FacadeSupport;
import dev.asyncify.runtime.Tasks;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import javax.annotation.processing.Generated;

/**
 * Asynchronous facade of {@link Prices}: each method starts the blocking call on an
 * executor and returns at once a {@link java.util.concurrent.CompletableFuture CompletableFuture} of its result.
 *
 * <p>A future completes with what the call returns, or exceptionally with exactly what it
 * threw. {@code cancel(true)} interrupts a running call; a call cancelled before it starts
 * never runs. Get one with {@link #of(Prices)} or {@link #of(Prices, Executor)}.
 */
@Generated(
    value = "dev.asyncify.processor.AsyncProcessor",
    comments = "A facade written by asyncify; do not edit. What it does: \"What the processor writes\" in the asyncify README"
)
public interface PricesAsync {
  /**
   * Starts {@link shadow.Prices#count(java.lang.String, long, java.lang.String, shadow.Override) Prices.count(String, long, String, Override)} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<java.lang.Integer> count(String Tasks, long dev, String java,
      Override override);

  /**
   * Starts {@link shadow.Prices#reset(shadow.Integer, java.lang.Object, java.lang.Object) Prices.reset(Integer, Object, Object)} on the facade's executor.
   *
   * @return a future that completes with null when it returns
   */
  CompletableFuture<java.lang.Void> reset(Integer javax, Object delegate, Object executor);

  /**
   * Starts {@link shadow.Prices#raw(java.lang.String) Prices.raw(String)} on the facade's executor.
   *
   * @return a future that completes as the stage it returns
   */
  CompletableFuture<?> raw(String CompletionStage);

  /**
   * Returns a facade that runs the calls of {@code delegate} on {@link Tasks#defaultExecutor()}:
   * a virtual thread per call on Java 21 and later, else a shared pool of daemon threads.
   *
   * @param delegate the blocking implementation to call
   * @return a facade of {@code delegate}
   * @throws NullPointerException if {@code delegate} is null
   */
  static PricesAsync of(Prices delegate) {
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
  static PricesAsync of(Prices delegate, Executor executor) {
    Objects.requireNonNull(delegate, "delegate");
    Objects.requireNonNull(executor, "executor");
    return new PricesAsync() {
      @java.lang.Override
      public CompletableFuture<java.lang.Integer> count(String Tasks, long dev, String java,
          Override override) {
        return new FacadeSupport.Call<java.lang.Integer>() {
          @java.lang.Override
          protected Object call() throws Exception {
            return delegate.count(Tasks, dev, java, override);
          }
        }.startOn(executor);
      }

      @java.lang.Override
      public CompletableFuture<java.lang.Void> reset(Integer javax, Object delegate_,
          Object executor_) {
        return new FacadeSupport.Call<java.lang.Void>() {
          @java.lang.Override
          protected Object call() throws Exception {
            delegate.reset(javax, delegate_, executor_);
            return null;
          }
        }.startOn(executor);
      }

      @java.lang.Override
      public CompletableFuture<?> raw(String CompletionStage) {
        return new FacadeSupport.StageCall<Object>() {
          @java.lang.Override
          protected CompletionStage<?> call() throws Exception {
            return delegate.raw(CompletionStage);
          }
        }.startOn(executor);
      }

      @java.lang.Override
      public String toString() {
        return "PricesAsync[delegate=" + delegate + ", executor=" + executor + "]";
      }
    };
  }
}
