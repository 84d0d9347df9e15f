package dev.asyncify.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class TypedGatherTest {

  record Page(String user, List<Integer> orders) {}

  @Test
  void twoStagesOfDifferentTypesCombineIntoOneValue() {
    CompletableFuture<String> user = new CompletableFuture<>();
    CompletableFuture<List<Integer>> orders = new CompletableFuture<>();

    CompletableFuture<Page> page = Tasks.gather(user, orders, Page::new);
    orders.complete(List.of(1, 2));
    user.complete("ada");

    assertEquals(new Page("ada", List.of(1, 2)), page.join());
  }

  @Test
  void threeFourAndFiveStagesCombineInArgumentOrder() {
    CompletableFuture<String> a = CompletableFuture.completedFuture("a");
    CompletableFuture<Integer> b = CompletableFuture.completedFuture(2);
    CompletableFuture<Character> c = CompletableFuture.completedFuture('c');
    CompletableFuture<Long> d = CompletableFuture.completedFuture(4L);
    CompletableFuture<Boolean> e = CompletableFuture.completedFuture(true);

    assertEquals("a2c", Tasks.gather(a, b, c, (x, y, z) -> x + y + z).join());
    assertEquals("a2c4", Tasks.gather(a, b, c, d, (x, y, z, w) -> x + y + z + w).join());
    assertEquals(
        "a2c4true", Tasks.gather(a, b, c, d, e, (x, y, z, w, v) -> x + y + z + w + v).join());
  }

  @Test
  void aFailingInputFailsTheCombinationWithItsOwnException() {
    IOException thrown = new IOException("orders unavailable");
    CompletableFuture<String> user = new CompletableFuture<>();

    CompletableFuture<Page> page =
        Tasks.gather(user, CompletableFuture.<List<Integer>>failedFuture(thrown), Page::new);

    assertSame(thrown, page.handle((value, failure) -> failure).join());
  }

  @Test
  void whatTheCombinerThrowsFailsTheCombination() {
    IOException thrown = new IOException("cannot combine");

    CompletableFuture<String> combined =
        Tasks.gather(
            CompletableFuture.completedFuture(1),
            CompletableFuture.completedFuture(2),
            (x, y) -> {
              throw thrown;
            });

    assertSame(thrown, combined.handle((value, failure) -> failure).join());
  }

  @Test
  void cancellingTheCombinationCancelsEveryInput() {
    CompletableFuture<String> a = new CompletableFuture<>();
    CompletableFuture<Integer> b = new CompletableFuture<>();

    assertTrue(Tasks.gather(a, b, (x, y) -> x + y).cancel(true));

    assertTrue(a.isCancelled());
    assertTrue(b.isCancelled());
  }
}
