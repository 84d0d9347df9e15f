package dev.asyncify.spring.it.app;

import dev.asyncify.Async;

/** Two beans implement it; the primary one is what a ClockAsync injected by type wraps. */
@Async
public interface Clock {
  String zone();
}
