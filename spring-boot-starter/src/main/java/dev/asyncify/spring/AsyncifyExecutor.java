package dev.asyncify.spring;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Where the calls of facade beans run. The starter defines one on Boot's {@code
 * applicationTaskExecutor}; define a bean of this type to choose another executor:
 *
 * <pre>{@code
 * @Bean
 * AsyncifyExecutor asyncifyExecutor() {
 *   return AsyncifyExecutor.of(Executors.newFixedThreadPool(16));
 * }
 * }</pre>
 *
 * <p>A type of its own rather than an {@link Executor} bean: another {@code Executor} bean would
 * make Boot's auto-configured executor back off, and lookups of "the" executor ambiguous.
 */
public final class AsyncifyExecutor {

  private final Executor executor;

  private AsyncifyExecutor(Executor executor) {
    this.executor = executor;
  }

  /**
   * Facade calls run on {@code executor}.
   *
   * @param executor the executor
   * @return the choice, to define as a bean
   */
  public static AsyncifyExecutor of(Executor executor) {
    return new AsyncifyExecutor(Objects.requireNonNull(executor, "executor"));
  }

  /**
   * The executor facade calls run on.
   *
   * @return the executor
   */
  public Executor executor() {
    return executor;
  }

  @Override
  public String toString() {
    return "AsyncifyExecutor(" + executor + ")";
  }
}
