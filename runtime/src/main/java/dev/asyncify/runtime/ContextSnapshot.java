package dev.asyncify.runtime;

import org.jspecify.annotations.Nullable;

/**
 * What a spawning thread handed its task: what the registered {@link ContextCarrier}s captured,
 * restored on the worker around the task, and, when caller traces are on, where it was spawned.
 * With no carriers and no traces it is one shared empty snapshot, so spawning costs nothing more.
 */
final class ContextSnapshot {

  private static final Captured<?>[] NOTHING = new Captured<?>[0];
  private static final ContextSnapshot EMPTY = new ContextSnapshot(NOTHING, null);

  private final Captured<?>[] captured;
  private final @Nullable CallerTrace callerTrace;

  private ContextSnapshot(Captured<?>[] captured, @Nullable CallerTrace callerTrace) {
    this.captured = captured;
    this.callerTrace = callerTrace;
  }

  static ContextSnapshot capture() {
    ContextCarrier<?>[] carriers = ContextRegistry.carriers();
    CallerTrace trace = CallerTrace.captureIfEnabled();
    if (carriers.length == 0 && trace == null) {
      return EMPTY;
    }
    Captured<?>[] captured = carriers.length == 0 ? NOTHING : new Captured<?>[carriers.length];
    for (int i = 0; i < carriers.length; i++) {
      captured[i] = Captured.of(carriers[i]);
    }
    return new ContextSnapshot(captured, trace);
  }

  /** Where the task was spawned, when caller traces are on; else null. */
  @Nullable CallerTrace callerTrace() {
    return callerTrace;
  }

  /**
   * Installs the captured context on the current thread.
   *
   * @return what to hand to {@link #reset} afterwards
   */
  @Nullable Object restore() {
    if (captured.length == 0) {
      return null;
    }
    Restored<?>[] restored = new Restored<?>[captured.length];
    try {
      for (int i = 0; i < captured.length; i++) {
        restored[i] = captured[i].restore();
      }
    } catch (RuntimeException | Error failure) {
      reset(restored);
      throw failure;
    }
    return restored;
  }

  /** Puts back what the thread held before {@link #restore}, last carrier first. */
  void reset(@Nullable Object restored) {
    if (restored instanceof Restored<?>[] entries) {
      for (int i = entries.length - 1; i >= 0; i--) {
        if (entries[i] != null) {
          entries[i].reset();
        }
      }
    }
  }

  private record Captured<C>(ContextCarrier<C> carrier, @Nullable C value) {
    static <C> Captured<C> of(ContextCarrier<C> carrier) {
      return new Captured<>(carrier, carrier.capture());
    }

    Restored<C> restore() {
      return new Restored<>(carrier, carrier.restore(value));
    }
  }

  private record Restored<C>(ContextCarrier<C> carrier, @Nullable C previous) {
    void reset() {
      carrier.reset(previous);
    }
  }
}
