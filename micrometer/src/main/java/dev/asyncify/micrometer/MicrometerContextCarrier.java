package dev.asyncify.micrometer;

import dev.asyncify.runtime.ContextCarrier;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ContextCarrier} for everything registered with Micrometer's {@link ContextRegistry}:
 * each {@code ThreadLocalAccessor} there (SLF4J's MDC, Micrometer Tracing's span and baggage
 * through the current Observation, Spring Security's context, your own) follows every facade call
 * and {@code Tasks.spawn} onto its worker, and the worker gets its own values back when the task
 * ends.
 *
 * <p>The runtime finds this carrier through {@link java.util.ServiceLoader}: putting {@code
 * asyncify-micrometer} on the class path (or the module path) is all it takes. The task sees
 * exactly what its spawner saw: a value the spawner did not have is cleared on the worker for the
 * length of the task, so a value a pooled worker kept from elsewhere never reaches it.
 *
 * <p>Captured values are {@link ContextSnapshot}s; restored ones are the {@link
 * ContextSnapshot.Scope}s whose closing puts the worker's values back.
 */
public final class MicrometerContextCarrier implements ContextCarrier<Object> {

  private final ContextSnapshotFactory snapshots;

  /** The carrier ServiceLoader makes: the accessors of {@link ContextRegistry#getInstance()}. */
  public MicrometerContextCarrier() {
    this(ContextRegistry.getInstance());
  }

  /**
   * A carrier of the accessors of {@code registry}, to register by hand with {@link
   * ContextCarrier#register(ContextCarrier)} where the global registry is not the one to use.
   *
   * @param registry the registry whose thread-local accessors are carried
   */
  public MicrometerContextCarrier(ContextRegistry registry) {
    this.snapshots =
        ContextSnapshotFactory.builder().contextRegistry(registry).clearMissing(true).build();
  }

  /**
   * Captures every registered thread-local value of the spawning thread.
   *
   * @return a {@link ContextSnapshot}
   */
  @Override
  public Object capture() {
    return snapshots.captureAll();
  }

  /**
   * Sets the captured values on the worker, clearing those the spawner did not have.
   *
   * @param captured the {@link ContextSnapshot} from {@link #capture()}
   * @return the {@link ContextSnapshot.Scope} that undoes it
   */
  @Override
  public @Nullable Object restore(@Nullable Object captured) {
    return captured instanceof ContextSnapshot snapshot ? snapshot.setThreadLocals() : null;
  }

  /**
   * Puts back the worker's own values.
   *
   * @param previous the {@link ContextSnapshot.Scope} from {@link #restore}
   */
  @Override
  public void reset(@Nullable Object previous) {
    if (previous instanceof ContextSnapshot.Scope scope) {
      scope.close();
    }
  }

  @Override
  public String toString() {
    return "MicrometerContextCarrier";
  }
}
