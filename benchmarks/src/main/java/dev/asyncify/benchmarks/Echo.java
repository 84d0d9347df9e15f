package dev.asyncify.benchmarks;

import dev.asyncify.Async;

/** The smallest blocking service: the call overhead benchmark measures only the dispatch. */
@Async
public interface Echo {
  int twice(int value);
}
