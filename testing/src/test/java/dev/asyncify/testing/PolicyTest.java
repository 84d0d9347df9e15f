package dev.asyncify.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncify.runtime.ContextCarrier;
import dev.asyncify.runtime.FacadeSupport;
import dev.asyncify.runtime.Tasks;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The policies generated facade methods apply ({@code @Timeout}, {@code @Retry}, {@code @Limit}),
 * on the virtual clock: each attempt is a call as a facade makes it.
 */
class PolicyTest {

  private final VirtualScheduler time = new VirtualScheduler();
  private final ManualExecutor executor = new ManualExecutor();

  /** The calls a test's attempts made, in order. */
  private final List<String> attempts = new ArrayList<>();

  /** What a generated facade method hands the policy: a fresh call of the delegate each time. */
  private <T> CompletableFuture<T> call(FacadeSupport.Policy policy, Callable<T> delegate) {
    return policy.call(
        () ->
            new FacadeSupport.Call<T>() {
              @Override
              protected Object call() throws Exception {
                return delegate.call();
              }
            },
        executor);
  }

  /** A delegate that fails with {@code failures} in turn, then returns "done". */
  private Callable<String> failingWith(Exception... failures) {
    AtomicInteger calls = new AtomicInteger();
    return () -> {
      int call = calls.getAndIncrement();
      attempts.add("attempt " + (call + 1));
      if (call < failures.length) {
        throw failures[call];
      }
      return "done";
    };
  }

  private FacadeSupport.Policy.Builder policy() {
    return FacadeSupport.Policy.builder(time);
  }

  @Test
  void aFailedAttemptIsRetriedAfterDelaysThatGrowByTheBackoff() {
    FacadeSupport.Policy retry =
        policy().retry(3, Duration.ofMillis(100), 2).retryOn(IOException.class).build();

    CompletableFuture<String> result =
        call(retry, failingWith(new IOException("one"), new IOException("two")));
    executor.runAll();
    assertEquals(List.of(Duration.ofMillis(100)), time.pendingDelays());
    time.advance(Duration.ofMillis(100));
    executor.runAll();
    assertEquals(List.of(Duration.ofMillis(200)), time.pendingDelays());
    time.advance(Duration.ofMillis(200));
    executor.runAll();

    assertEquals("done", result.join());
    assertEquals(List.of("attempt 1", "attempt 2", "attempt 3"), attempts);
    assertEquals(Duration.ofMillis(300), time.now());
  }

  @Test
  void afterTheLastAttemptTheFutureFailsWithItsExactException() {
    IOException last = new IOException("third");
    FacadeSupport.Policy retry =
        policy().retry(3, Duration.ZERO, 1).retryOn(IOException.class).build();

    CompletableFuture<String> result =
        call(retry, failingWith(new IOException("first"), new IOException("second"), last, last));
    executor.runAll();

    assertSame(last, result.handle((value, failure) -> failure).join());
    assertEquals(3, attempts.size());
  }

  @Test
  void abortOnWinsOverRetryOn() {
    FileNotFoundException missing = new FileNotFoundException("gone");
    FacadeSupport.Policy retry =
        policy()
            .retry(5, Duration.ZERO, 1)
            .retryOn(IOException.class)
            .abortOn(FileNotFoundException.class)
            .build();

    CompletableFuture<String> result = call(retry, failingWith(missing));
    executor.runAll();

    assertSame(missing, result.handle((value, failure) -> failure).join());
    assertEquals(List.of("attempt 1"), attempts);
  }

  @Test
  void aFailureRetryOnDoesNotNameIsNotRetried() {
    IllegalStateException bug = new IllegalStateException("bug");
    FacadeSupport.Policy retry =
        policy().retry(5, Duration.ZERO, 1).retryOn(IOException.class).build();

    CompletableFuture<String> result = call(retry, failingWith(bug));
    executor.runAll();

    assertSame(bug, result.handle((value, failure) -> failure).join());
    assertEquals(1, attempts.size());
  }

  @Test
  void eachAttemptHasItsOwnTimeoutAndATimedOutAttemptIsRetried() {
    FacadeSupport.Policy policy =
        policy()
            .timeout(Duration.ofSeconds(1))
            .retry(2, Duration.ZERO, 1)
            .retryOn(TimeoutException.class)
            .build();

    // The first attempt never gets a thread: its timeout passes, and it never runs.
    CompletableFuture<String> result = call(policy, failingWith());
    time.advance(Duration.ofSeconds(1));
    assertEquals(2, executor.pending(), "the timed-out attempt is still queued, the retry too");
    executor.runAll();

    assertEquals("done", result.join());
    assertEquals(List.of("attempt 1"), attempts, "the timed-out attempt was cancelled unstarted");
  }

  @Test
  void theLastAttemptsTimeoutIsWhatTheFutureFailsWith() {
    FacadeSupport.Policy policy = policy().timeout(Duration.ofMillis(500)).build();

    CompletableFuture<String> result = call(policy, failingWith());
    time.advance(Duration.ofMillis(500));

    assertInstanceOf(TimeoutException.class, result.handle((value, failure) -> failure).join());
  }

  @Test
  void cancellingTheFutureDuringAWaitStopsTheRetrying() {
    FacadeSupport.Policy retry =
        policy().retry(3, Duration.ofSeconds(10), 1).retryOn(IOException.class).build();
    CompletableFuture<String> result = call(retry, failingWith(new IOException("down")));
    executor.runAll();
    assertEquals(1, time.pending());

    result.cancel(true);

    assertEquals(0, time.pending(), "the wait's timer is cancelled");
    time.advance(Duration.ofSeconds(10));
    executor.runAll();
    assertEquals(List.of("attempt 1"), attempts);
  }

  @Test
  void cancellingTheFutureInterruptsTheAttemptRunning() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    FacadeSupport.Policy retry =
        policy().retry(3, Duration.ZERO, 1).retryOn(Exception.class).build();
    CompletableFuture<String> result =
        retry.call(
            () ->
                Tasks.spawn(
                    () -> {
                      started.countDown();
                      try {
                        new CountDownLatch(1).await();
                        return "never";
                      } catch (InterruptedException e) {
                        interrupted.countDown();
                        throw e;
                      }
                    }),
            Runnable::run); // a future already started: the policy takes it as it is
    assertTrue(started.await(10, TimeUnit.SECONDS));

    result.cancel(true);

    assertTrue(interrupted.await(10, TimeUnit.SECONDS));
    assertTrue(result.isCancelled());
  }

  @Test
  void aLimitRunsAtMostThatManyCallsAndStartsTheOthersInOrder() {
    FacadeSupport.Policy limited = policy().limit(new FacadeSupport.Limiter(2)).build();
    List<String> started = new ArrayList<>();
    List<CompletableFuture<String>> calls = new ArrayList<>();
    for (String name : List.of("a", "b", "c", "d")) {
      calls.add(
          call(
              limited,
              () -> {
                started.add(name);
                return name;
              }));
    }

    assertEquals(2, executor.pending(), "two calls started, two wait for a permit");
    executor.runNext();
    assertEquals(2, executor.pending(), "a's end let c start");
    executor.runAll();

    assertEquals(List.of("a", "b", "c", "d"), started);
    assertEquals("d", calls.get(3).join());
  }

  @Test
  void aCallCancelledWhileItWaitsForAPermitNeverStartsAndTakesNone() {
    FacadeSupport.Limiter one = new FacadeSupport.Limiter(1);
    FacadeSupport.Policy limited = policy().limit(one).build();
    CompletableFuture<String> first = call(limited, () -> "first");
    CompletableFuture<String> cancelled = call(limited, () -> "cancelled");
    CompletableFuture<String> third = call(limited, () -> "third");

    cancelled.cancel(true);
    executor.runAll();

    assertEquals("first", first.join());
    assertEquals("third", third.join());
    assertEquals(0, executor.pending());
    assertTrue(cancelled.isCancelled());
  }

  @Test
  void anAttemptThatCannotBeMadeFailsTheCallInsteadOfThrowing() {
    IllegalStateException broken = new IllegalStateException("no call");
    FacadeSupport.Policy retry =
        policy().retry(3, Duration.ZERO, 1).retryOn(Exception.class).build();

    CompletableFuture<String> result =
        retry.call(
            () -> {
              throw broken;
            },
            executor);

    assertSame(broken, result.handle((value, failure) -> failure).join());
  }

  @Test
  void aRetryStartsUnderTheCallersContextWhicheverThreadStartsIt() {
    ThreadLocal<String> requestId = new ThreadLocal<>();
    List<String> seen = new ArrayList<>();
    ContextCarrier.Registration registration = ContextCarrier.register(requestId);
    try {
      FacadeSupport.Policy retry =
          policy().retry(2, Duration.ofSeconds(1), 1).retryOn(IOException.class).build();
      requestId.set("r-1");
      Callable<String> delegate = failingWith(new IOException("once"));
      CompletableFuture<String> result =
          call(
              retry,
              () -> {
                seen.add(requestId.get());
                return delegate.call();
              });
      executor.runAll();
      requestId.remove(); // the timer fires on this thread, which no longer has it

      time.advance(Duration.ofSeconds(1));
      executor.runAll();

      assertEquals("done", result.join());
      assertEquals(List.of("r-1", "r-1"), seen);
      assertFalse(requestId.get() != null, "the caller's value was put back after the start");
    } finally {
      registration.close();
    }
  }
}
