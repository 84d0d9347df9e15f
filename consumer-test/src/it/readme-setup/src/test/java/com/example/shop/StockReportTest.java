package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StockReportTest {

  @Test
  void addsTheStockOfBothSkus() throws IOException {
    Inventory inventory =
        new Inventory() {
          @Override
          public int stock(String sku) {
            return sku.length();
          }

          @Override
          public List<String> skus() {
            return List.of();
          }
        };

    assertEquals(7, new StockReport(inventory).total("abc", "defg"));
  }

  @Test
  void aFailedCallComesOutAsTheExceptionItThrew() {
    IOException offline = new IOException("offline");
    Inventory inventory =
        new Inventory() {
          @Override
          public int stock(String sku) throws IOException {
            throw offline;
          }

          @Override
          public List<String> skus() {
            return List.of();
          }
        };

    IOException thrown =
        assertThrows(IOException.class, () -> new StockReport(inventory).total("a", "b"));
    assertSame(offline, thrown);
  }
}
