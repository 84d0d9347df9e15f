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
public interface UserRepoAsync {
  /**
   * Starts {@link repo.UserRepo#check(java.lang.String, java.lang.Class) UserRepo.check(String, Class)} on the facade's executor.
   *
   * @return a future that completes with null when it returns
   */
  <E extends Exception> CompletableFuture<Void> check(String user, Class<E> failure);

  /**
   * Starts {@link repo.Repo#find(java.lang.Comparable) Repo.find(Comparable)} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<Optional<String>> find(Long id);

  /**
   * Starts {@link repo.Repo#findAll(java.util.List) Repo.findAll(List)} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<List<String>> findAll(List<? extends Long> ids);

  /**
   * Starts {@link repo.Named#describe() Named.describe()} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<String> describe();

  /**
   * Starts {@link repo.Repo#measure(java.lang.Object, java.lang.Class) Repo.measure(Object, Class)} on the facade's executor.
   *
   * @return a future of its result
   */
  <R extends Number & Comparable<R>> CompletableFuture<R> measure(String entity, Class<R> unit);

  /**
   * Returns a facade that runs the calls of {@code delegate} on {@link Tasks#defaultExecutor()}:
   * a virtual thread per call on Java 21 and later, else a shared pool of daemon threads.
   *
   * @param delegate the blocking implementation to call
   * @return a facade of {@code delegate}
   * @throws NullPointerException if {@code delegate} is null
   */
  static UserRepoAsync of(UserRepo delegate) {
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
  static UserRepoAsync of(UserRepo delegate, Executor executor) {
    Objects.requireNonNull(delegate, "delegate");
    Objects.requireNonNull(executor, "executor");
    return new UserRepoAsync() {
      @Override
      public <E extends Exception> CompletableFuture<Void> check(String user, Class<E> failure) {
        return new FacadeSupport.Call<Void>() {
          @Override
          protected Object call() throws Exception {
            delegate.<E>check(user, failure);
            return null;
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<Optional<String>> find(Long id) {
        return new FacadeSupport.Call<Optional<String>>() {
          @Override
          protected Object call() throws Exception {
            return delegate.find(id);
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<List<String>> findAll(List<? extends Long> ids) {
        return new FacadeSupport.Call<List<String>>() {
          @Override
          protected Object call() throws Exception {
            return delegate.findAll(ids);
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
      public <R extends Number & Comparable<R>> CompletableFuture<R> measure(String entity,
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
        return "UserRepoAsync[delegate=" + delegate + ", executor=" + executor + "]";
      }
    };
  }
}
