package deep;

import dev.asyncify.runtime.FacadeSupport;
import dev.asyncify.runtime.Tasks;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.annotation.processing.Generated;

/**
 * Asynchronous facade of {@link A.B.C.D.E}: each method starts the blocking call on an
 * executor and returns at once a {@link java.util.concurrent.CompletableFuture CompletableFuture} of its result.
 *
 * <p>A future completes with what the call returns, or exceptionally with exactly what it
 * threw. {@code cancel(true)} interrupts a running call; a call cancelled before it starts
 * never runs. Get one with {@link #of(A.B.C.D.E)} or {@link #of(A.B.C.D.E, Executor)}.
 */
@Generated(
    value = "dev.asyncify.processor.AsyncProcessor",
    comments = "A facade written by asyncify; do not edit. What it does: \"What the processor writes\" in the asyncify README"
)
public interface A_B_C_D_EAsync {
  /**
   * Starts {@link deep.A.B.C.D.E#d(deep.A.B.C) A.B.C.D.E.d(A.B.C)} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<A.B.C.D<String>> d(A.B.C c);

  /**
   * Returns a facade that runs the calls of {@code delegate} on {@link Tasks#defaultExecutor()}:
   * a virtual thread per call on Java 21 and later, else a shared pool of daemon threads.
   *
   * @param delegate the blocking implementation to call
   * @return a facade of {@code delegate}
   * @throws NullPointerException if {@code delegate} is null
   */
  static A_B_C_D_EAsync of(A.B.C.D.E delegate) {
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
  static A_B_C_D_EAsync of(A.B.C.D.E delegate, Executor executor) {
    Objects.requireNonNull(delegate, "delegate");
    Objects.requireNonNull(executor, "executor");
    return new A_B_C_D_EAsync() {
      @Override
      public CompletableFuture<A.B.C.D<String>> d(A.B.C c) {
        return new FacadeSupport.Call<A.B.C.D<String>>() {
          @Override
          protected Object call() throws Exception {
            return delegate.d(c);
          }
        }.startOn(executor);
      }

      @Override
      public String toString() {
        return "A_B_C_D_EAsync[delegate=" + delegate + ", executor=" + executor + "]";
      }
    };
  }
}
