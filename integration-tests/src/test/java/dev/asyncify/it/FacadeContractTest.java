package dev.asyncify.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncify.it.Services.Blocking;
import dev.asyncify.it.Services.User;
import dev.asyncify.it.Services.UserRepo;
import dev.asyncify.runtime.Tasks;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FacadeContractTest {

  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void shutDownPool() {
    pool.shutdownNow();
  }

  /** A Blocking whose call() is the given function; the other methods do the obvious. */
  static Blocking blocking(Services.ThrowingFunction call) {
    return new Blocking() {
      @Override
      public String call(String input) throws Exception {
        return call.apply(input);
      }

      @Override
      public void run(Runnable body) {
        body.run();
      }

      @Override
      public int length(String text) {
        return text.length();
      }

      @Override
      public String join(String separator, String... parts) {
        return String.join(separator, parts);
      }

      @Override
      public CompletableFuture<String> remote(CompletableFuture<String> reply) {
        return reply;
      }

      @Override
      public java.util.concurrent.CompletionStage<String> stage(
          java.util.concurrent.CompletionStage<String> reply) {
        return reply;
      }

      @Override
      public String toString() {
        return "TestBlocking";
      }
    };
  }

  @Test
  void aCallReturnsAtOnceAndRunsTheDelegateOnTheExecutor() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Thread> runner = new CompletableFuture<>();
    Services_BlockingAsync facade =
        Services_BlockingAsync.of(
            blocking(
                input -> {
                  runner.complete(Thread.currentThread());
                  release.await();
                  return input.toUpperCase();
                }),
            pool);

    CompletableFuture<String> result = facade.call("quiet");

    assertFalse(result.isDone());
    assertFalse(runner.get(10, SECONDS) == Thread.currentThread());
    release.countDown();
    assertEquals("QUIET", result.get(10, SECONDS));
  }

  @Test
  void everyKindOfMethodGivesTheDelegatesResult() throws Exception {
    Services_BlockingAsync facade =
        Services_BlockingAsync.of(blocking(input -> "<" + input + ">"), pool);
    AtomicBoolean ran = new AtomicBoolean();

    assertEquals(5, facade.length("hello").get(10, SECONDS));
    assertEquals("a-b-c", facade.join("-", "a", "b", "c").get(10, SECONDS));
    assertEquals(null, facade.run(() -> ran.set(true)).get(10, SECONDS));
    assertTrue(ran.get());
    assertEquals("<hello ada>", facade.greet("ada").get(10, SECONDS));
  }

  @Test
  void aFailureIsExactlyTheThrowableTheDelegateThrew() {
    for (Throwable thrown :
        List.of(
            new IOException("checked"),
            new IllegalStateException("unchecked"),
            new StackOverflowError("error"))) {
      Services_BlockingAsync facade =
          Services_BlockingAsync.of(blocking(input -> sneakyThrow(thrown)), pool);

      Throwable failure = facade.call("x").handle((value, error) -> error).join();

      assertSame(thrown, failure);
    }
  }

  @Test
  void aRejectingExecutorFailsTheFutureAndTheCallDoesNotThrow() {
    RejectedExecutionException rejection = new RejectedExecutionException("saturated");
    Executor refusing =
        command -> {
          throw rejection;
        };
    AtomicBoolean ran = new AtomicBoolean();
    Services_BlockingAsync facade =
        Services_BlockingAsync.of(blocking(input -> String.valueOf(ran.getAndSet(true))), refusing);

    CompletableFuture<String> result = facade.call("x");

    assertSame(rejection, result.handle((value, error) -> error).join());
    assertFalse(ran.get());
  }

  @Test
  void cancellingBeforeTheCallStartsMeansTheDelegateNeverRuns() {
    Queue<Runnable> held = new ArrayDeque<>();
    AtomicBoolean ran = new AtomicBoolean();
    Services_BlockingAsync facade =
        Services_BlockingAsync.of(
            blocking(input -> String.valueOf(ran.getAndSet(true))), held::add);

    CompletableFuture<String> result = facade.call("x");
    assertTrue(result.cancel(true));
    held.remove().run();

    assertFalse(ran.get());
    assertThrows(CancellationException.class, result::join);
  }

  @Test
  void cancellingWhileTheCallRunsInterruptsTheDelegate() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    Services_BlockingAsync facade =
        Services_BlockingAsync.of(
            blocking(
                input -> {
                  started.countDown();
                  try {
                    new CountDownLatch(1).await();
                    return "not interrupted";
                  } catch (InterruptedException expected) {
                    interrupted.countDown();
                    throw expected;
                  }
                }),
            pool);
    CompletableFuture<String> result = facade.call("x");
    assertTrue(started.await(10, SECONDS));

    assertTrue(result.cancel(true));

    assertTrue(interrupted.await(10, SECONDS), "the delegate was not interrupted");
  }

  @Test
  void aMethodReturningAFutureGivesTheInnerValueNotAFutureOfAFuture() throws Exception {
    Services_BlockingAsync facade = Services_BlockingAsync.of(blocking(input -> input), pool);
    CompletableFuture<String> reply = new CompletableFuture<>();

    CompletableFuture<String> result = facade.remote(reply);
    reply.complete("inner");

    assertEquals("inner", result.get(10, SECONDS));
    assertEquals(
        "staged", facade.stage(CompletableFuture.completedFuture("staged")).get(10, SECONDS));
  }

  @Test
  void cancellingACallWhoseReadOnlyStageCannotBeCancelledDoesNotThrow() throws Exception {
    Services_BlockingAsync facade =
        Services_BlockingAsync.of(blocking(input -> input), Runnable::run);
    CompletableFuture<String> never = new CompletableFuture<>();

    CompletableFuture<String> call = facade.stage(never.minimalCompletionStage());
    CompletableFuture<String> timed =
        Tasks.waitFor(facade.stage(never.minimalCompletionStage()), Duration.ofMillis(20));

    assertTrue(call.cancel(true));
    assertTrue(Tasks.gather(facade.stage(never.minimalCompletionStage())).cancel(true));
    assertEquals(
        TimeoutException.class, timed.handle((value, error) -> error).get(10, SECONDS).getClass());
    assertFalse(never.isDone());
  }

  @Test
  void aFailedInnerFutureReachesTheCallerUnwrapped() {
    Services_BlockingAsync facade = Services_BlockingAsync.of(blocking(input -> input), pool);
    IOException thrown = new IOException("remote failed");
    CompletableFuture<String> dependent =
        CompletableFuture.<String>failedFuture(thrown).thenApply(Function.identity());

    assertSame(thrown, facade.remote(dependent).handle((value, error) -> error).join());
    assertSame(thrown, facade.stage(dependent).handle((value, error) -> error).join());
  }

  @Test
  void ofRejectsNullArguments() {
    Blocking delegate = blocking(input -> input);

    assertEquals(
        "delegate",
        assertThrows(NullPointerException.class, () -> Services_BlockingAsync.of(null))
            .getMessage());
    assertEquals(
        "executor",
        assertThrows(NullPointerException.class, () -> Services_BlockingAsync.of(delegate, null))
            .getMessage());
  }

  @Test
  void theDefaultExecutorRunsCallsOnAsyncifyThreads() throws Exception {
    Services_BlockingAsync facade =
        Services_BlockingAsync.of(blocking(input -> Thread.currentThread().getName()));

    assertTrue(facade.call("x").get(10, SECONDS).startsWith("asyncify-"));
  }

  @Test
  void inheritedGenericMethodsCallTheDelegateWithSubstitutedTypes() throws Exception {
    User ada = new User(1, "Ada");
    User alan = new User(2, "Alan");
    UserRepo repo =
        new UserRepo() {
          @Override
          public User find(Long id) throws IOException {
            if (id == 1) {
              return ada;
            }
            throw new IOException("no user " + id);
          }

          @Override
          public List<User> findAll() {
            return List.of(ada, alan);
          }

          @Override
          public <R> R fold(R initial, BiFunction<R, User, R> step) {
            R result = initial;
            for (User user : findAll()) {
              result = step.apply(result, user);
            }
            return result;
          }
        };
    Services_UserRepoAsync facade = Services_UserRepoAsync.of(repo, pool);

    CompletableFuture<User> found = facade.find(1L);
    CompletableFuture<List<User>> all = facade.findAll();
    CompletableFuture<Integer> totalNameLength =
        facade.fold(0, (sum, user) -> sum + user.name().length());

    assertEquals(ada, found.get(10, SECONDS));
    assertEquals(List.of(ada, alan), all.get(10, SECONDS));
    assertEquals(7, totalNameLength.get(10, SECONDS));
    assertEquals(
        "no user 9", facade.find(9L).handle((value, error) -> error.getMessage()).get(10, SECONDS));
  }

  @Test
  void theFacadeSaysWhatItWraps() {
    Services_BlockingAsync facade = Services_BlockingAsync.of(blocking(input -> input), pool);

    assertTrue(
        facade.toString().startsWith("Services_BlockingAsync[delegate=TestBlocking, executor="));
  }

  @SuppressWarnings("unchecked")
  private static <X extends Throwable> String sneakyThrow(Throwable thrown) throws X {
    throw (X) thrown;
  }
}
