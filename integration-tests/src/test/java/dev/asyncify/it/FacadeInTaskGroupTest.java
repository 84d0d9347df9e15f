package dev.asyncify.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncify.runtime.TaskGroup;
import dev.asyncify.runtime.Tasks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A generated facade whose executor is a TaskGroup: each call is a task of the group. */
class FacadeInTaskGroupTest {

  @Test
  void theFirstFailingCallInterruptsTheOthersAndTheBlockGetsItsExactException() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    IOException unreachable = new IOException("unreachable");
    Services.Blocking blocking =
        FacadeContractTest.blocking(
            input -> {
              if (input.equals("fail")) {
                assertTrue(started.await(10, SECONDS));
                throw unreachable;
              }
              started.countDown();
              try {
                new CountDownLatch(1).await();
                return "never";
              } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
              }
            });
    List<CompletableFuture<String>> calls = new ArrayList<>();

    IOException thrown =
        assertThrows(
            IOException.class,
            () -> {
              try (TaskGroup group = TaskGroup.open()) {
                Services_BlockingAsync facade = Services_BlockingAsync.of(blocking, group);
                calls.add(facade.call("slow"));
                calls.add(facade.call("fail"));
                Tasks.await(calls.get(1), IOException.class);
              }
            });

    assertSame(unreachable, thrown);
    // close() waited for the interrupted call to exit, and added the group's failure.
    assertEquals(0, interrupted.getCount());
    assertTrue(calls.get(0).isCancelled());
    assertSame(unreachable, thrown.getSuppressed()[0].getCause());
  }

  @Test
  void closeWaitsForEveryCallToExit() {
    AtomicBoolean exited = new AtomicBoolean();
    CompletableFuture<Integer> length;
    try (TaskGroup group = TaskGroup.open()) {
      Services_BlockingAsync facade =
          Services_BlockingAsync.of(
              FacadeContractTest.blocking(
                  input -> {
                    Thread.sleep(50);
                    exited.set(true);
                    return input;
                  }),
              group);
      facade.call("x");
      length = facade.length("four");
    }

    assertTrue(exited.get());
    assertEquals(4, length.getNow(null));
  }

  @Test
  void noCallStartsAfterTheGroupStopped() {
    AtomicBoolean ran = new AtomicBoolean();
    TaskGroup group = TaskGroup.open();
    Services_BlockingAsync facade =
        Services_BlockingAsync.of(
            FacadeContractTest.blocking(
                input -> {
                  ran.set(true);
                  return input;
                }),
            group);
    group.close();

    CompletableFuture<String> refused = facade.call("late");

    Throwable failure = refused.handle((value, error) -> error).join();
    assertInstanceOf(RejectedExecutionException.class, failure);
    assertEquals("the task group is closed", failure.getMessage());
    assertFalse(ran.get());
  }
}
