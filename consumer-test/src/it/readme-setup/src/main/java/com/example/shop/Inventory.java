package com.example.shop;

import dev.asyncify.Async;
import java.io.IOException;
import java.util.List;

/** A blocking interface, as a user writes it. */
@Async
public interface Inventory {
  int stock(String sku) throws IOException;

  List<String> skus();
}
