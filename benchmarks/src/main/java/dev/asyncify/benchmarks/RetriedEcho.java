package dev.asyncify.benchmarks;

import dev.asyncify.Async;
import dev.asyncify.Retry;

/**
 * {@link Echo} with a policy, to measure what a policy adds to a call that succeeds, or fails with
 * what it does not retry (the benchmark's failure is not an IllegalStateException).
 */
@Async
public interface RetriedEcho {
  @Retry(attempts = 3, retryOn = IllegalStateException.class)
  int twice(int value);
}
