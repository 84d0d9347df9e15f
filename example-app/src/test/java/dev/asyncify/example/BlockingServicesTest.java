package dev.asyncify.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blocking implementations against the real H2 database, HTTP server and files. */
class BlockingServicesTest {

  @TempDir Path reports;
  private ShopFixture shop;

  @BeforeEach
  void openShop() throws Exception {
    shop = new ShopFixture(reports, () -> {});
  }

  @AfterEach
  void closeShop() throws Exception {
    shop.close();
  }

  @Test
  void customerIsReadFromTheDatabase() throws Exception {
    assertEquals(new Customer(3, "Grace Hopper", "New York"), shop.customers.customer(3));
  }

  @Test
  void ordersAreReadFromTheDatabaseOldestFirst() throws Exception {
    List<Order> orders = shop.customers.orders(2);

    assertEquals(3, orders.size());
    assertEquals(List.of(103L, 104L, 105L), orders.stream().map(Order::id).toList());
    assertEquals(new Order(103, "book 103", 1721), orders.get(0));
  }

  @Test
  void anUnknownCustomerIsNoSuchElement() {
    NoSuchElementException missing =
        assertThrows(NoSuchElementException.class, () -> shop.customers.customer(99));

    assertEquals("no customer 99", missing.getMessage());
  }

  @Test
  void forecastComesFromTheHttpApi() throws Exception {
    assertEquals(new Forecast("New York", 14), shop.weather.forecast("New York"));
  }

  @Test
  void anUnknownCityIsFileNotFound() {
    FileNotFoundException failure =
        assertThrows(FileNotFoundException.class, () -> shop.weather.forecast("Atlantis"));

    assertEquals(
        "no forecast for Atlantis at " + shop.server.baseUri() + "forecast/Atlantis",
        failure.getMessage());
  }

  @Test
  void aReportIsSavedToItsFileAndReadBack() throws Exception {
    Report report =
        new Report(
            new Customer(7, "Frances Allen", "Peru"),
            List.of(new Order(1, "book", 1250), new Order(2, "pen", 5)),
            new Forecast("Peru", 8));

    Path file = shop.store.save(report);

    assertEquals(reports.resolve("customer-7.txt"), file);
    assertTrue(Files.exists(file));
    assertEquals(
        "Frances Allen (Peru): 2 orders, 12.55 total; 8°C" + System.lineSeparator(),
        shop.store.read(file));
  }
}
