package dev.asyncify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.asyncify.testing.ManualExecutor;
import dev.asyncify.testing.VirtualScheduler;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A generated facade with @Timeout, @Retry and @Limit, on the virtual clock. */
class PolicyContractTest {

  private final VirtualScheduler time = new VirtualScheduler();
  private final ManualExecutor executor = new ManualExecutor();
  private final List<String> calls = new ArrayList<>();

  /** A service whose fetch fails {@code failures} times with an IOException, then answers. */
  private Guarded service(int failures) {
    AtomicInteger fetches = new AtomicInteger();
    return new Guarded() {
      @Override
      public String fetch(String key) throws IOException {
        calls.add("fetch " + key);
        if (fetches.getAndIncrement() < failures) {
          throw new IOException("flaky");
        }
        return "value of " + key;
      }

      @Override
      public int count() {
        calls.add("count");
        return 7;
      }

      @Override
      public void reload() {
        calls.add("reload");
      }
    };
  }

  @Test
  void retriesWaitTheDeclaredDelaysWithoutAThread() {
    GuardedAsync facade = GuardedAsync.of(service(2), executor, time);

    CompletableFuture<String> value = facade.fetch("k");
    executor.runAll();
    assertEquals(List.of(Duration.ofMillis(200)), time.pendingDelays());
    time.advance(Duration.ofMillis(200));
    executor.runAll();
    time.advance(Duration.ofMillis(400));
    executor.runAll();

    assertEquals("value of k", value.join());
    assertEquals(List.of("fetch k", "fetch k", "fetch k"), calls);
  }

  @Test
  void afterThreeAttemptsTheFutureFailsWithTheLastException() {
    GuardedAsync facade = GuardedAsync.of(service(5), executor, time);

    CompletableFuture<String> value = facade.fetch("k");
    for (int i = 0; i < 3; i++) {
      executor.runAll();
      time.advance(Duration.ofSeconds(1));
    }

    Throwable failure = value.handle((result, error) -> error).join();
    assertInstanceOf(IOException.class, failure);
    assertEquals("flaky", failure.getMessage());
    assertEquals(3, calls.size());
  }

  @Test
  void anAttemptThatOutlivesItsTimeoutFailsWithTimeoutException() {
    // The attempt never gets a thread before the clock passes its timeout.
    GuardedAsync facade = GuardedAsync.of(service(0), executor, time);

    CompletableFuture<String> value = facade.fetch("k");
    time.advance(Duration.ofSeconds(1));

    assertInstanceOf(TimeoutException.class, value.handle((result, error) -> error).join());
    executor.runAll();
    assertEquals(List.of(), calls, "the timed-out attempt was cancelled before it ran");
  }

  @Test
  void theInterfacesLimitIsSharedAndAMethodsOwnLimitIsItsOwn() {
    GuardedAsync facade = GuardedAsync.of(service(0), executor, time);

    CompletableFuture<Integer> first = facade.count();
    facade.count();
    CompletableFuture<Integer> third = facade.count();
    facade.reload();
    facade.reload();

    // Two counts hold the shared limit, one reload its own; the rest wait, the caller never.
    assertEquals(3, executor.pending());
    executor.runNext();
    assertEquals(7, first.join());
    executor.runAll();
    assertEquals(7, third.join());
    assertEquals(List.of("count", "count", "reload", "count", "reload"), calls);
  }
}
