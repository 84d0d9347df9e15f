package dev.asyncify.runtime;

/**
 * What the registered {@link ContextCarrier}s captured on a spawning thread, restored on the
 * worker around the task. With no carriers registered it is one shared empty snapshot, so
 * spawning costs nothing more.
 */
final class ContextSnapshot {

  private static final ContextSnapshot EMPTY = new ContextSnapshot(new Captured<?>[0]);

  private final Captured<?>[] captured;

  private ContextSnapshot(Captured<?>[] captured) {
    this.captured = captured;
  }

  static ContextSnapshot capture() {
    ContextCarrier<?>[] carriers = ContextRegistry.carriers();
    if (carriers.length == 0) {
      return EMPTY;
    }
    Captured<?>[] captured = new Captured<?>[carriers.length];
    for (int i = 0; i < carriers.length; i++) {
      captured[i] = Captured.of(carriers[i]);
    }
    return new ContextSnapshot(captured);
  }

  /**
   * Installs the captured context on the current thread.
   *
   * @return what to hand to {@link #reset} afterwards
   */
  Object restore() {
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
  void reset(Object restored) {
    if (restored instanceof Restored<?>[] entries) {
      for (int i = entries.length - 1; i >= 0; i--) {
        if (entries[i] != null) {
          entries[i].reset();
        }
      }
    }
  }

  private record Captured<C>(ContextCarrier<C> carrier, C value) {
    static <C> Captured<C> of(ContextCarrier<C> carrier) {
      return new Captured<>(carrier, carrier.capture());
    }

    Restored<C> restore() {
      return new Restored<>(carrier, carrier.restore(value));
    }
  }

  private record Restored<C>(ContextCarrier<C> carrier, C previous) {
    void reset() {
      carrier.reset(previous);
    }
  }
}
