package dev.asyncify.example;

import dev.asyncify.runtime.ContextCarrier;
import java.util.Map;
import org.slf4j.MDC;

/**
 * Carries SLF4J's MDC into every task and facade call, so that log lines written on worker threads
 * say which report they belong to. Found through {@code
 * META-INF/services/dev.asyncify.runtime.ContextCarrier}: nothing to register.
 */
public final class MdcCarrier implements ContextCarrier<Map<String, String>> {

  @Override
  public Map<String, String> capture() {
    return MDC.getCopyOfContextMap();
  }

  @Override
  public Map<String, String> restore(Map<String, String> captured) {
    Map<String, String> previous = MDC.getCopyOfContextMap();
    install(captured);
    return previous;
  }

  @Override
  public void reset(Map<String, String> previous) {
    install(previous);
  }

  private static void install(Map<String, String> context) {
    if (context == null) {
      MDC.clear();
    } else {
      MDC.setContextMap(context);
    }
  }
}
