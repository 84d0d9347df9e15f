package dev.asyncify.it;

import dev.asyncify.Async;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The interfaces whose generated facades these tests call. */
final class Services {

  private Services() {}

  /** A blocking service with every kind of method a facade repeats. */
  @Async
  interface Blocking {
    String call(String input) throws Exception;

    void run(Runnable body);

    int length(String text);

    String join(String separator, String... parts);

    CompletableFuture<String> remote(CompletableFuture<String> reply);

    CompletionStage<String> stage(CompletionStage<String> reply);

    default String greet(String name) throws Exception {
      return call("hello " + name);
    }
  }

  /** The body of a test's {@link Blocking#call}. */
  @FunctionalInterface
  interface ThrowingFunction {
    String apply(String input) throws Exception;
  }

  /** A generic base, to check that inherited methods reach the delegate with substituted types. */
  interface Repo<T, ID> {
    T find(ID id) throws IOException;

    List<T> findAll();

    <R> R fold(R initial, java.util.function.BiFunction<R, T, R> step);
  }

  record User(long id, String name) {}

  @Async
  interface UserRepo extends Repo<User, Long> {}
}
