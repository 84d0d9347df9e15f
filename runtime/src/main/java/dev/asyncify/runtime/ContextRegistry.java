package dev.asyncify.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** The carriers in force: those ServiceLoader found at startup, and those registered since. */
final class ContextRegistry {

  private static final ContextCarrier<?>[] NONE = {};

  /** Copied on write: read on every spawn, changed rarely. */
  private static volatile ContextCarrier<?>[] carriers = discover();

  private ContextRegistry() {}

  static ContextCarrier<?>[] carriers() {
    return carriers;
  }

  static synchronized ContextCarrier.Registration add(ContextCarrier<?> carrier) {
    ContextCarrier<?>[] grown = Arrays.copyOf(carriers, carriers.length + 1);
    grown[carriers.length] = carrier;
    carriers = grown;
    return () -> remove(carrier);
  }

  private static synchronized void remove(ContextCarrier<?> carrier) {
    List<ContextCarrier<?>> kept = new ArrayList<>(Arrays.asList(carriers));
    kept.remove(carrier);
    carriers = kept.toArray(NONE);
  }

  /** The carriers listed in META-INF/services; a broken one is reported and left out. */
  private static ContextCarrier<?>[] discover() {
    List<ContextCarrier<?>> found = new ArrayList<>();
    @SuppressWarnings("rawtypes") // ServiceLoader takes a Class, which cannot be parameterized
    Iterator<ContextCarrier> providers = ServiceLoader.load(ContextCarrier.class).iterator();
    while (true) {
      try {
        if (!providers.hasNext()) {
          break;
        }
        found.add(providers.next());
      } catch (ServiceConfigurationError broken) {
        System.getLogger(FailureWatch.LOGGER_NAME)
            .log(
                System.Logger.Level.ERROR,
                "A ContextCarrier could not be loaded; it is left out",
                broken);
      }
    }
    return found.toArray(NONE);
  }
}
