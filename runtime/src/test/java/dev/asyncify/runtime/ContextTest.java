package dev.asyncify.runtime;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContextTest {

  private static final ThreadLocal<String> REQUEST = new ThreadLocal<>();

  /** One worker thread, started before any value is set, so nothing reaches it by inheritance. */
  private ExecutorService worker;

  @BeforeEach
  void startWorker() throws Exception {
    worker = Executors.newSingleThreadExecutor();
    worker.submit(() -> {}).get(10, SECONDS);
  }

  private final List<ContextCarrier.Registration> registrations = new ArrayList<>();

  @AfterEach
  void stopWorker() {
    worker.shutdownNow();
    registrations.forEach(ContextCarrier.Registration::close);
    REQUEST.remove();
  }

  private void carry(ContextCarrier<?> carrier) {
    registrations.add(ContextCarrier.register(carrier));
  }

  @Test
  void aRegisteredThreadLocalIsSeenByTheTaskAndClearedAfterIt() throws Exception {
    carry(ContextCarrier.of(REQUEST));
    REQUEST.set("request-1");
    String seen = Tasks.spawn(REQUEST::get, worker).get(10, SECONDS);
    String afterwards = worker.submit(REQUEST::get).get(10, SECONDS);

    assertEquals("request-1", seen);
    assertNull(afterwards, "the worker kept the task's context");
  }

  @Test
  void theWorkersOwnValueIsPutBackAfterTheTask() throws Exception {
    worker.submit(() -> REQUEST.set("worker's own")).get(10, SECONDS);
    carry(ContextCarrier.of(REQUEST));
    REQUEST.set("caller's");

    assertEquals("caller's", Tasks.spawn(REQUEST::get, worker).get(10, SECONDS));
    assertEquals("worker's own", worker.submit(REQUEST::get).get(10, SECONDS));
  }

  @Test
  void nestedSpawnsPassTheContextOn() throws Exception {
    ExecutorService second = Executors.newSingleThreadExecutor();
    try {
      carry(ContextCarrier.of(REQUEST));
      second.submit(() -> {}).get(10, SECONDS);
      REQUEST.set("outer");

      CompletableFuture<String> inner =
          Tasks.spawn(() -> Tasks.await(Tasks.spawn(REQUEST::get, second)), worker);

      assertEquals("outer", inner.get(10, SECONDS));
    } finally {
      second.shutdownNow();
    }
  }

  @Test
  void aClosedRegistrationCarriesNoMore() throws Exception {
    ContextCarrier.register(REQUEST).close();
    REQUEST.set("not carried");

    assertNull(Tasks.spawn(REQUEST::get, worker).get(10, SECONDS));
  }

  @Test
  void carriersListedInMetaInfServicesAreFoundWithoutRegistering() throws Exception {
    ServiceLoadedCarrier.VALUE.set("found by ServiceLoader");
    try {
      assertEquals(
          "found by ServiceLoader",
          Tasks.spawn(ServiceLoadedCarrier.VALUE::get, worker).get(10, SECONDS));
    } finally {
      ServiceLoadedCarrier.VALUE.remove();
    }
  }

  @Test
  void aCarrierThatFailsToRestoreFailsTheTaskAndResetsTheOthers() throws Exception {
    IllegalStateException broken = new IllegalStateException("cannot restore");
    ContextCarrier<String> failing =
        new ContextCarrier<>() {
          @Override
          public String capture() {
            return "x";
          }

          @Override
          public String restore(String captured) {
            throw broken;
          }

          @Override
          public void reset(String previous) {}
        };
    carry(ContextCarrier.of(REQUEST));
    carry(failing);
    REQUEST.set("restored, then reset");

    Throwable failure =
        Tasks.spawn(() -> "never", worker).handle((value, error) -> error).get(10, SECONDS);

    assertSame(broken, failure);
    assertNull(worker.submit(REQUEST::get).get(10, SECONDS));
  }

  @Test
  void aTaskGroupCarriesContextToo() throws Exception {
    carry(ContextCarrier.of(REQUEST));
    REQUEST.set("grouped");
    CompletableFuture<String> seen;
    try (TaskGroup group = TaskGroup.open(worker)) {
      seen = group.spawn(REQUEST::get);
    }

    assertEquals(List.of("grouped"), List.of(seen.get(10, SECONDS)));
  }

  @Test
  void withNoCarriersRegisteredNothingIsCarried() throws Exception {
    REQUEST.set("unregistered");

    assertTrue(Tasks.spawn(() -> REQUEST.get() == null, worker).get(10, SECONDS));
  }
}
