package dev.asyncify.runtime;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something the spawning thread holds that a task should see too: a ThreadLocal, a logging MDC, a
 * security or tracing context. When a task is spawned ({@link Tasks#spawn}, a facade call, a {@link
 * TaskGroup}), every registered carrier {@linkplain #capture() captures} its value on the spawning
 * thread; the worker {@linkplain #restore restores} it before the task runs and {@linkplain #reset
 * resets} what it had before once the task ends. So context follows nested facade calls too: a task
 * that spawns another passes on what it was given.
 *
 * <p>Carriers are found with {@link java.util.ServiceLoader} (list the implementation in {@code
 * META-INF/services/dev.asyncify.runtime.ContextCarrier}) or registered with {@link
 * #register(ContextCarrier)}; a plain ThreadLocal with {@link #register(ThreadLocal)}.
 *
 * <pre>{@code
 * public final class MdcCarrier implements ContextCarrier<Map<String, String>> {
 *   public Map<String, String> capture() { return MDC.getCopyOfContextMap(); }
 *   public Map<String, String> restore(Map<String, String> captured) {
 *     Map<String, String> previous = MDC.getCopyOfContextMap();
 *     if (captured == null) MDC.clear(); else MDC.setContextMap(captured);
 *     return previous;
 *   }
 *   public void reset(Map<String, String> previous) { restore(previous); }
 * }
 * }</pre>
 *
 * <p>Implementations must be thread-safe and fast: {@code capture} runs on every spawn.
 *
 * @param <C> the type of the captured value
 */
public interface ContextCarrier<C> {

  /**
   * Reads the value on the spawning thread.
   *
   * @return the value to hand to the task, may be null
   */
  @Nullable C capture();

  /**
   * Installs {@code captured} on the worker thread before the task runs.
   *
   * @param captured what {@link #capture()} returned on the spawning thread
   * @return what the worker thread held before, for {@link #reset}
   */
  @Nullable C restore(@Nullable C captured);

  /**
   * Puts back what the worker thread held before the task, after it ran.
   *
   * @param previous what {@link #restore} returned
   */
  void reset(@Nullable C previous);

  /**
   * A carrier of {@code local}'s value. After the task, the worker's own value is put back, and the
   * local removed where the worker had none.
   *
   * @param local the thread local to carry
   * @param <T> the type of its value
   * @return a carrier of it
   */
  static <T> ContextCarrier<T> of(ThreadLocal<T> local) {
    Objects.requireNonNull(local, "local");
    return new ContextCarrier<>() {
      @Override
      public @Nullable T capture() {
        return local.get();
      }

      @Override
      public @Nullable T restore(@Nullable T captured) {
        T previous = local.get();
        reset(captured);
        return previous;
      }

      @Override
      public void reset(@Nullable T previous) {
        if (previous == null) {
          local.remove();
        } else {
          local.set(previous);
        }
      }

      @Override
      public String toString() {
        return "ContextCarrier.of(" + local + ")";
      }
    };
  }

  /**
   * Carries {@code carrier}'s context into every task spawned from now on, until the registration
   * is closed.
   *
   * @param carrier the carrier to add
   * @return the registration; closing it removes the carrier
   */
  static Registration register(ContextCarrier<?> carrier) {
    return ContextRegistry.add(Objects.requireNonNull(carrier, "carrier"));
  }

  /**
   * Carries {@code local}'s value into every task spawned from now on, until the registration is
   * closed: {@code register(ContextCarrier.of(local))}.
   *
   * @param local the thread local to carry
   * @return the registration; closing it removes the carrier
   */
  static Registration register(ThreadLocal<?> local) {
    return register(of(local));
  }

  /** A registered carrier; {@link #close()} removes it. */
  interface Registration extends AutoCloseable {

    /** Stops carrying: tasks spawned afterwards no longer see this carrier's context. */
    @Override
    void close();
  }
}
