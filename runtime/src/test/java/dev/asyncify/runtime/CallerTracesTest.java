package dev.asyncify.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Caller traces, run by the surefire execution {@code caller-traces} with {@code
 * -Dasyncify.callerTraces=true}: the switch is read once, when the runtime starts.
 */
class CallerTracesTest {

  @Test
  void aFailureCarriesTheStackOfTheCallThatSpawnedIt() throws Exception {
    assertTrue(
        Boolean.getBoolean("asyncify.callerTraces"), "run with -Dasyncify.callerTraces=true");
    IOException thrown = new IOException("failed far away");

    Throwable failure = spawnFailing(thrown).handle((value, error) -> error).get();

    assertEquals(1, failure.getSuppressed().length);
    Throwable trace = failure.getSuppressed()[0];
    assertTrue(
        trace.getMessage().startsWith("the task was spawned here, on thread "), trace.getMessage());
    StackTraceElement top = trace.getStackTrace()[0];
    assertEquals(CallerTracesTest.class.getName(), top.getClassName());
    assertEquals("spawnFailing", top.getMethodName());
  }

  private static java.util.concurrent.CompletableFuture<String> spawnFailing(IOException thrown) {
    return Tasks.spawn(
        () -> {
          throw thrown;
        });
  }

  @Test
  void aFacadeCallsTraceStartsAtTheFacadeMethodNotAtTheCallsConstructors() throws Exception {
    IOException thrown = new IOException("failed in a facade call");

    Throwable failure = facadeMethod(thrown).handle((value, error) -> error).get();

    StackTraceElement top = failure.getSuppressed()[0].getStackTrace()[0];
    assertEquals(CallerTracesTest.class.getName(), top.getClassName());
    assertEquals("facadeMethod", top.getMethodName());
  }

  /** Shaped as a generated facade method: an anonymous call, started at once. */
  private static java.util.concurrent.CompletableFuture<String> facadeMethod(IOException thrown) {
    return new FacadeSupport.Call<String>() {
      @Override
      protected Object call() throws Exception {
        throw thrown;
      }
    }.startOn(Runnable::run);
  }
}
