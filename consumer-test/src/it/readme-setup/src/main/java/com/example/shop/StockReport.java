package com.example.shop;

import dev.asyncify.runtime.Tasks;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Code written against the generated facade. */
public final class StockReport {
  private final InventoryAsync inventory;

  public StockReport(Inventory inventory) {
    this.inventory = InventoryAsync.of(inventory);
  }

  /** The stock of both SKUs, asked for at once. */
  public int total(String first, String second) throws IOException {
    CompletableFuture<Integer> a = inventory.stock(first);
    CompletableFuture<Integer> b = inventory.stock(second);
    List<Integer> both = Tasks.await(Tasks.gather(a, b), IOException.class);
    return both.get(0) + both.get(1);
  }
}
