package dev.asyncify.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntFunction;

/** What the fan-out benchmarks share: start every call, then wait for each. */
final class FanOuts {

  private FanOuts() {}

  /** Starts {@code calls} calls with {@code start}, then joins each, in order. */
  static List<Integer> startThenJoin(int calls, IntFunction<CompletableFuture<Integer>> start) {
    List<CompletableFuture<Integer>> futures = new ArrayList<>(calls);
    for (int i = 0; i < calls; i++) {
      futures.add(start.apply(i));
    }
    List<Integer> results = new ArrayList<>(calls);
    futures.forEach(future -> results.add(future.join()));
    return results;
  }

  /** {@code sleeper.call(index)} for a Supplier: an interrupt fails the call. */
  static int call(Sleeper sleeper, int index) {
    try {
      return sleeper.call(index);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CompletionException(e);
    }
  }
}
