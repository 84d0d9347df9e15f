package dev.asyncify.benchmarks;

import dev.asyncify.Async;

/** A blocking call that takes 20 ms, like a quick query or API call. */
@Async
public interface Sleeper {

  /** How long each call blocks: the floor of any fan-out. */
  long MILLIS = 20;

  int call(int index) throws InterruptedException;

  /** The one implementation: it sleeps, as a thread blocked on I/O would. */
  static Sleeper blocking() {
    return index -> {
      Thread.sleep(MILLIS);
      return index;
    };
  }
}
