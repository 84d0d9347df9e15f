package data;

import dev.asyncify.runtime.FacadeSupport;
import dev.asyncify.runtime.Tasks;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.annotation.processing.Generated;

/**
 * Asynchronous facade of {@link UserRepo}: each method starts the blocking call on an
 * executor and returns at once a {@link java.util.concurrent.CompletableFuture CompletableFuture} of its result.
 *
 * <p>A future completes with what the call returns, or exceptionally with exactly what it
 * threw. {@code cancel(true)} interrupts a running call; a call cancelled before it starts
 * never runs. Get one with {@link #of(UserRepo)} or {@link #of(UserRepo, Executor)}.
 */
@Generated(
    value = "dev.asyncify.processor.AsyncProcessor",
    comments = "A facade written by asyncify; do not edit. What it does: \"What the processor writes\" in the asyncify README"
)
public interface UserRepoAsync<K extends Comparable<K>> extends AsyncRepository<String, K> {
  /**
   * Starts {@link data.Repo#find(java.lang.Comparable) Repo.find(Comparable)} on the facade's executor.
   *
   * @return a future of its result
   */
  @Override
  CompletableFuture<Optional<String>> find(K id);

  /**
   * Returns a facade that runs the calls of {@code delegate} on {@link Tasks#defaultExecutor()}:
   * a virtual thread per call on Java 21 and later, else a shared pool of daemon threads.
   *
   * @param delegate the blocking implementation to call
   * @return a facade of {@code delegate}
   * @throws NullPointerException if {@code delegate} is null
   */
  static <K extends Comparable<K>> UserRepoAsync<K> of(UserRepo<K> delegate) {
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
  static <K extends Comparable<K>> UserRepoAsync<K> of(UserRepo<K> delegate, Executor executor) {
    Objects.requireNonNull(delegate, "delegate");
    Objects.requireNonNull(executor, "executor");
    return new UserRepoAsync<K>() {
      @Override
      public CompletableFuture<Optional<String>> find(K id) {
        return new FacadeSupport.Call<Optional<String>>() {
          @Override
          protected Object call() throws Exception {
            return delegate.find(id);
          }
        }.startOn(executor);
      }

      @Override
      public String toString() {
        return "UserRepoAsync[delegate=" + delegate + ", executor=" + executor + "]";
      }
    };
  }
}
