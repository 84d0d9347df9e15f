package dev.asyncify.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.asyncify.runtime.Tasks;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.test.simple.SimpleTracer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * The carrier as users get it: found by ServiceLoader (nothing here registers it), with real
 * accessors: SLF4J's MDC and Micrometer Tracing's span through the current Observation. Tasks are
 * spawned with {@link Tasks#spawn}, which captures context as a facade call does (both are the
 * runtime's TaskFuture); the Spring Boot example shows it through facades.
 */
class MicrometerContextCarrierTest {

  private static final String REQUEST_ID = "requestId";

  /** A user's own context, registered as a plain ThreadLocal (an accessor that can read null). */
  private static final ThreadLocal<String> TENANT = new ThreadLocal<>();

  /** One worker, so that every task here reuses the same thread. */
  private static final ExecutorService worker = Executors.newSingleThreadExecutor();

  private static final ExecutorService otherWorker = Executors.newSingleThreadExecutor();

  private final SimpleTracer tracer = new SimpleTracer();
  private final ObservationRegistry observations = ObservationRegistry.create();

  @BeforeAll
  static void registerMdcAccessor() {
    ContextRegistry.getInstance()
        .registerThreadLocalAccessor(new Slf4jThreadLocalAccessor(REQUEST_ID))
        .registerThreadLocalAccessor("tenant", TENANT);
  }

  @AfterAll
  static void stopWorkers() {
    worker.shutdownNow();
    otherWorker.shutdownNow();
  }

  MicrometerContextCarrierTest() {
    observations
        .observationConfig()
        .observationHandler(new DefaultTracingObservationHandler(tracer));
    ObservationThreadLocalAccessor.getInstance().setObservationRegistry(observations);
  }

  @AfterEach
  void clearCaller() throws Exception {
    MDC.clear();
    TENANT.remove();
    worker
        .submit(
            () -> {
              MDC.clear();
              TENANT.remove();
            })
        .get(10, TimeUnit.SECONDS);
  }

  @Test
  void anMdcValueFollowsATaskOntoItsWorker() {
    MDC.put(REQUEST_ID, "r-1");

    assertEquals("r-1", read(worker, () -> MDC.get(REQUEST_ID)));
  }

  @Test
  void theSpanOfTheCurrentObservationFollowsATask() {
    Observation.createNotStarted("checkout", observations)
        .observe(
            () -> {
              String traceId = currentTraceId();

              assertEquals(traceId, read(worker, this::currentTraceId));
              assertFalse(traceId.isEmpty());
            });
  }

  @Test
  void aNestedTaskSeesWhatItsParentTaskWasGiven() throws Exception {
    MDC.put(REQUEST_ID, "r-2");
    String seen =
        read(
            worker,
            () ->
                read(
                    otherWorker,
                    () -> MDC.get(REQUEST_ID) + " on " + Thread.currentThread().getName()));

    assertEquals("r-2 on " + otherWorkerName(), seen);
  }

  @Test
  void aSpawnedTaskCarriesTheContextToo() throws Exception {
    MDC.put(REQUEST_ID, "r-3");

    CompletableFuture<String> seen = Tasks.spawn(() -> MDC.get(REQUEST_ID), worker);

    assertEquals("r-3", seen.get(10, TimeUnit.SECONDS));
  }

  @Test
  void theWorkerGetsItsOwnValuesBackAfterTheTask() throws Exception {
    // A plain Runnable, not a task: it leaves a value of its own on the reused worker thread.
    worker.submit(() -> MDC.put(REQUEST_ID, "the worker's")).get(10, TimeUnit.SECONDS);
    MDC.put(REQUEST_ID, "r-4");

    assertEquals("r-4", read(worker, () -> MDC.get(REQUEST_ID)));
    assertEquals(
        "the worker's", worker.submit(() -> MDC.get(REQUEST_ID)).get(10, TimeUnit.SECONDS));
  }

  @Test
  void nothingOfOneCallerLeaksIntoTheNextTaskOnTheSameWorker() throws Exception {
    MDC.put(REQUEST_ID, "r-5");
    Observation.createNotStarted("checkout", observations)
        .observe(() -> assertEquals(currentTraceId(), read(worker, this::currentTraceId)));
    MDC.clear();

    assertNull(read(worker, () -> MDC.get(REQUEST_ID)));
    assertEquals("no span", read(worker, this::currentTraceId));
    assertNull(worker.submit(() -> MDC.get(REQUEST_ID)).get(10, TimeUnit.SECONDS));
    assertNull(worker.submit(tracer::currentSpan).get(10, TimeUnit.SECONDS));
  }

  @Test
  void aValueTheWorkerKeptFromElsewhereIsHiddenFromATaskWhoseCallerHadNone() throws Exception {
    worker
        .submit(
            () -> {
              MDC.put(REQUEST_ID, "stale");
              TENANT.set("stale");
            })
        .get(10, TimeUnit.SECONDS);

    assertNull(read(worker, () -> MDC.get(REQUEST_ID)));
    assertNull(read(worker, TENANT::get));
    assertEquals("stale", worker.submit(TENANT::get).get(10, TimeUnit.SECONDS));
  }

  @Test
  void aUsersOwnThreadLocalFollowsATask() {
    TENANT.set("acme");

    assertEquals("acme", read(worker, TENANT::get));
  }

  private String currentTraceId() {
    Span span = tracer.currentSpan();
    return span == null ? "no span" : span.context().traceId();
  }

  /** What {@code whatTheWorkerSees} returns in a task spawned on {@code executor}. */
  private static String read(Executor executor, Supplier<String> whatTheWorkerSees) {
    return Tasks.spawn(whatTheWorkerSees::get, executor).join();
  }

  private static String otherWorkerName() throws Exception {
    return otherWorker.submit(() -> Thread.currentThread().getName()).get(10, TimeUnit.SECONDS);
  }
}
