package dev.asyncify.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GatherTest {

  @Test
  void gatherGivesResultsInArgumentOrderNotCompletionOrder() {
    CompletableFuture<String> first = new CompletableFuture<>();
    CompletableFuture<String> second = new CompletableFuture<>();
    CompletableFuture<String> third = new CompletableFuture<>();

    CompletableFuture<List<String>> gathered = Tasks.gather(first, second, third);
    third.complete("c");
    first.complete("a");
    assertFalse(gathered.isDone());
    second.complete("b");

    assertEquals(List.of("a", "b", "c"), gathered.join());
  }

  @Test
  void gatherOfACollectionKeepsItsIterationOrder() {
    List<CompletableFuture<Integer>> inputs =
        List.of(CompletableFuture.completedFuture(3), CompletableFuture.completedFuture(1));

    assertEquals(List.of(3, 1), Tasks.gather(inputs).join());
  }

  @Test
  void gatherMixesInputsAlreadyDoneWithInputsStillPending() {
    CompletableFuture<String> pending = new CompletableFuture<>();

    CompletableFuture<List<String>> gathered =
        Tasks.gather(
            CompletableFuture.completedFuture("a"),
            pending,
            CompletableFuture.completedFuture("c"));
    assertFalse(gathered.isDone());
    pending.complete("b");

    assertEquals(List.of("a", "b", "c"), gathered.join());
  }

  @Test
  void gatherOfNothingIsAnEmptyList() {
    assertEquals(List.of(), Tasks.<String>gather().join());
    assertEquals(List.of(), Tasks.gather(List.<CompletableFuture<String>>of()).join());
  }

  @Test
  void gatherKeepsNullValues() {
    CompletableFuture<List<String>> gathered =
        Tasks.gather(
            CompletableFuture.completedFuture(null), CompletableFuture.completedFuture("x"));

    assertEquals(Arrays.asList(null, "x"), gathered.join());
  }

  @Test
  void gatheredListIsUnmodifiable() {
    List<String> values = Tasks.gather(CompletableFuture.completedFuture("x")).join();

    assertThrows(UnsupportedOperationException.class, () -> values.set(0, "y"));
  }

  @Test
  void gatherFailsWithTheFirstFailureAsSoonAsItHappens() {
    IOException thrown = new IOException("second failed");
    CompletableFuture<String> first = new CompletableFuture<>();
    CompletableFuture<String> second = new CompletableFuture<>();

    CompletableFuture<List<String>> gathered = Tasks.gather(first, second);
    second.completeExceptionally(thrown);

    assertTrue(gathered.isCompletedExceptionally());
    assertSame(thrown, gathered.handle((value, failure) -> failure).join());
    assertFalse(first.isDone(), "as in asyncio, a failure does not cancel the other inputs");
  }

  @Test
  void gatherUnwrapsTheCompletionExceptionOfADependentStage() {
    IllegalStateException thrown = new IllegalStateException("bad state");
    CompletableFuture<String> dependent =
        CompletableFuture.<String>failedFuture(thrown).thenApply(value -> value);

    CompletableFuture<List<String>> gathered = Tasks.gather(dependent);

    assertSame(thrown, gathered.handle((value, failure) -> failure).join());
  }

  @Test
  void cancellingTheGatheredFutureCancelsAndInterruptsEveryInput() throws Exception {
    Blocker blocker = new Blocker(3);
    List<CompletableFuture<String>> inputs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      inputs.add(Tasks.spawn(blocker.task()));
    }
    assertTrue(blocker.allStarted());

    assertTrue(Tasks.gather(inputs).cancel(true));

    assertTrue(blocker.allInterrupted(), "not every input was interrupted");
    assertTrue(inputs.stream().allMatch(CompletableFuture::isCancelled));
  }

  @Test
  void gatherRejectsANullInput() {
    List<CompletableFuture<String>> inputs = Arrays.asList(new CompletableFuture<>(), null);

    assertThrows(NullPointerException.class, () -> Tasks.gather(inputs));
  }

  @Test
  void gatherOfAMillionCompletedFuturesDoesNotOverflowTheStack() {
    int count = 1_000_000;
    List<CompletableFuture<Integer>> inputs =
        IntStream.range(0, count)
            .mapToObj(CompletableFuture::completedFuture)
            .collect(Collectors.toList());

    List<Integer> values = Tasks.gather(inputs).join();

    assertEquals(count, values.size());
    assertEquals(0, values.get(0));
    assertEquals(count - 1, values.get(count - 1));
  }

  @Test
  void gatherOfAMillionFuturesCompletedLaterDoesNotOverflowTheStack() {
    int count = 1_000_000;
    List<CompletableFuture<Integer>> inputs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      inputs.add(new CompletableFuture<>());
    }
    CompletableFuture<List<Integer>> gathered = Tasks.gather(inputs);

    for (int i = count - 1; i >= 0; i--) {
      inputs.get(i).complete(i);
    }

    List<Integer> values = gathered.join();
    assertEquals(count, values.size());
    assertEquals(123_456, values.get(123_456));
  }

  @Test
  void gatherSettledReportsEveryOutcomeInArgumentOrder() {
    IOException thrown = new IOException("lost");
    CompletableFuture<String> cancelled = new CompletableFuture<>();
    cancelled.cancel(false);

    List<Outcome<String>> outcomes =
        Tasks.gatherSettled(
                CompletableFuture.completedFuture("ok"),
                CompletableFuture.<String>failedFuture(thrown).thenApply(value -> value),
                cancelled)
            .join();

    assertEquals(3, outcomes.size());
    assertEquals(new Outcome.Success<>("ok"), outcomes.get(0));
    assertEquals(new Outcome.Failure<>(thrown), outcomes.get(1));
    Outcome.Failure<String> third = (Outcome.Failure<String>) outcomes.get(2);
    assertEquals(CancellationException.class, third.error().getClass());
  }

  @Test
  void gatherSettledWaitsForEveryInputEvenAfterAFailure() {
    CompletableFuture<String> first = new CompletableFuture<>();
    CompletableFuture<String> second = new CompletableFuture<>();
    RuntimeException thrown = new RuntimeException("first failed");

    CompletableFuture<List<Outcome<String>>> settled = Tasks.gatherSettled(List.of(first, second));
    first.completeExceptionally(thrown);
    assertFalse(settled.isDone());
    second.complete("late");

    assertEquals(
        List.of(new Outcome.Failure<String>(thrown), new Outcome.Success<>("late")),
        settled.join());
  }

  @Test
  void cancellingTheSettledFutureCancelsEveryInput() {
    CompletableFuture<String> input = new CompletableFuture<>();

    assertTrue(Tasks.gatherSettled(input).cancel(false));

    assertTrue(input.isCancelled());
  }

  @Test
  void failureOutcomeRejectsNull() {
    assertThrows(NullPointerException.class, () -> new Outcome.Failure<String>(null));
  }

  @Test
  void cancellingAGatherOverAStageThatCannotBeCancelledDoesNotThrow() {
    CompletableFuture<String> never = new CompletableFuture<>();
    CompletableFuture<String> other = new CompletableFuture<>();

    CompletableFuture<List<String>> gathered = Tasks.gather(never.minimalCompletionStage(), other);

    assertTrue(gathered.cancel(true));
    assertTrue(other.isCancelled(), "the inputs after the one that refused were not cancelled");
    assertFalse(never.isDone());
  }
}
