package dev.asyncify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Facades of JDK collections give what the direct calls give, failures included. */
class AsyncOfContractTest {

  private static final Executor CALLER_RUNS = Runnable::run;

  /** One step applied to both a map and its facade's delegate: results must match. */
  private static <R> void same(
      Map<String, Integer> direct,
      MapAsync<String, Integer> facade,
      Function<Map<String, Integer>, R> call,
      Function<MapAsync<String, Integer>, CompletableFuture<R>> asyncCall) {
    assertEquals(call.apply(direct), asyncCall.apply(facade).join());
  }

  @Test
  void aHashMapThroughItsFacadeBehavesAsTheHashMap() {
    Map<String, Integer> direct = new HashMap<>();
    MapAsync<String, Integer> facade = MapAsync.of(new HashMap<>(), CALLER_RUNS);

    same(direct, facade, map -> map.put("a", 1), async -> async.put("a", 1));
    same(direct, facade, map -> map.put("a", 2), async -> async.put("a", 2));
    same(direct, facade, map -> map.putIfAbsent("b", 3), async -> async.putIfAbsent("b", 3));
    same(direct, facade, map -> map.get("a"), async -> async.get("a"));
    same(direct, facade, map -> map.get("missing"), async -> async.get("missing"));
    same(direct, facade, map -> map.getOrDefault("z", 9), async -> async.getOrDefault("z", 9));
    same(direct, facade, map -> map.containsKey("b"), async -> async.containsKey("b"));
    same(direct, facade, map -> map.containsValue(2), async -> async.containsValue(2));
    same(
        direct,
        facade,
        map -> map.computeIfAbsent("c", key -> key.length()),
        async -> async.computeIfAbsent("c", key -> key.length()));
    same(
        direct,
        facade,
        map -> map.merge("a", 10, Integer::sum),
        async -> async.merge("a", 10, Integer::sum));
    same(direct, facade, map -> map.remove("b"), async -> async.remove("b"));
    same(direct, facade, Map::size, MapAsync::size);
    same(direct, facade, Map::isEmpty, MapAsync::isEmpty);
    same(
        direct,
        facade,
        map -> new HashMap<>(map),
        async ->
            async
                .entrySet()
                .thenApply(
                    entries -> {
                      Map<String, Integer> copy = new HashMap<>();
                      entries.forEach(entry -> copy.put(entry.getKey(), entry.getValue()));
                      return copy;
                    }));
    same(
        direct,
        facade,
        map -> {
          map.clear();
          return map.size();
        },
        async -> async.clear().thenCompose(ignored -> async.size()));
  }

  @Test
  void anArrayListThroughItsFacadeBehavesAsTheArrayList() {
    List<String> direct = new ArrayList<>();
    ListAsync<String> facade = ListAsync.of(new ArrayList<>(), CALLER_RUNS);

    assertEquals(direct.add("x"), facade.add("x").join());
    assertEquals(direct.addAll(List.of("y", "z")), facade.addAll(List.of("y", "z")).join());
    direct.add(1, "w");
    facade.add(1, "w").join();
    assertEquals(direct.get(2), facade.get(2).join());
    assertEquals(direct.indexOf("z"), facade.indexOf("z").join());
    assertEquals(direct.set(0, "v"), facade.set(0, "v").join());
    assertEquals(direct.subList(1, 3), facade.subList(1, 3).join());
    assertEquals(direct.remove("w"), facade.remove("w").join());
    assertEquals(direct.remove(0), facade.remove(0).join());
    assertEquals(direct.contains("y"), facade.contains("y").join());
    assertEquals(direct.size(), facade.size().join());
    assertEquals(direct, facade.subList(0, direct.size()).join());
  }

  @Test
  void aFailingCallFailsTheFutureWithTheExceptionTheCollectionThrew() {
    ListAsync<String> facade = ListAsync.of(List.of("immutable"), CALLER_RUNS);
    IndexOutOfBoundsException outOfBounds = null;
    try {
      List.of("immutable").get(5);
    } catch (IndexOutOfBoundsException expected) {
      outOfBounds = expected;
    }

    Throwable failure = facade.get(5).handle((value, error) -> error).join();
    Throwable unsupported = facade.add("more").handle((value, error) -> error).join();

    assertEquals(outOfBounds.getClass(), failure.getClass());
    assertEquals(outOfBounds.getMessage(), failure.getMessage());
    assertEquals(UnsupportedOperationException.class, unsupported.getClass());
  }

  @Test
  void aNestedInterfaceGetsItsFlattenedName() {
    Map.Entry<String, Integer> entry = new java.util.AbstractMap.SimpleEntry<>("k", 1);
    Map_EntryAsync<String, Integer> facade = Map_EntryAsync.of(entry, CALLER_RUNS);

    assertEquals(1, facade.setValue(2).join());
    assertEquals("k", facade.getKey().join());
    assertEquals(2, entry.getValue());
  }
}
