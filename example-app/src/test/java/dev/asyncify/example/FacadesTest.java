package dev.asyncify.example;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncify.runtime.Tasks;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.MDC;

/** The generated facades over the real services, and the reports built with them. */
class FacadesTest {

  @TempDir Path reports;

  private static final List<Long> ALL = ShopDatabase.CUSTOMERS.stream().map(Customer::id).toList();

  @Test
  void facadesGiveWhatTheBlockingCallsGive() throws Exception {
    try (ShopFixture shop = new ShopFixture(reports, () -> {})) {
      CustomerRepositoryAsync customers = CustomerRepositoryAsync.of(shop.customers);
      WeatherClientAsync weather = WeatherClientAsync.of(shop.weather);

      CompletableFuture<Customer> customer = customers.customer(5);
      CompletableFuture<List<Order>> orders = customers.orders(5);
      CompletableFuture<Forecast> forecast = weather.forecast("Boston");

      assertEquals(shop.customers.customer(5), customer.get(10, SECONDS));
      assertEquals(shop.customers.orders(5), orders.get(10, SECONDS));
      assertEquals(shop.weather.forecast("Boston"), forecast.get(10, SECONDS));
    }
  }

  @Test
  void aFacadeFailsWithTheExceptionTheBlockingCallThrows() throws Exception {
    try (ShopFixture shop = new ShopFixture(reports, () -> {})) {
      Throwable failure =
          CustomerRepositoryAsync.of(shop.customers)
              .customer(99)
              .handle((value, error) -> error)
              .get(10, SECONDS);
      // Not retried: @Retry aborts on FileNotFoundException.
      IOException notFound =
          assertThrows(
              FileNotFoundException.class,
              () ->
                  Tasks.await(
                      WeatherClientAsync.of(shop.weather).forecast("Atlantis"), IOException.class));

      assertEquals(NoSuchElementException.class, failure.getClass());
      assertEquals("no customer 99", failure.getMessage());
      assertTrue(
          notFound.getMessage().startsWith("no forecast for Atlantis"), notFound.getMessage());
    }
  }

  @Test
  void concurrentReportsAreTheSameAsSequentialOnes() throws Exception {
    try (ShopFixture shop = new ShopFixture(reports, () -> {})) {
      Reports builder = shop.reports();

      List<String> sequential = builder.oneAfterAnother(ALL);
      List<String> concurrent = builder.concurrently(ALL);

      assertEquals(8, concurrent.size());
      assertEquals(sequential, concurrent);
      assertEquals(
          "Grace Hopper (New York): 1 order, 17.42 total; 14°C" + System.lineSeparator(),
          concurrent.get(2));
    }
  }

  @Test
  void concurrentReportsHaveEveryApiCallInFlightAtOnce() throws Exception {
    // The server answers only once all eight requests wait together: one after another, it could
    // not.
    CyclicBarrier allEight = new CyclicBarrier(ALL.size());
    try (ShopFixture shop = new ShopFixture(reports, () -> allEight.await(30, SECONDS))) {
      assertEquals(ALL.size(), shop.reports().concurrently(ALL).size());
    }
  }

  @Test
  void aFailingCustomerFailsTheConcurrentReportsWithItsOwnException() throws Exception {
    try (ShopFixture shop = new ShopFixture(reports, () -> {})) {
      NoSuchElementException failure =
          assertThrows(
              NoSuchElementException.class, () -> shop.reports().concurrently(List.of(1L, 99L)));

      assertEquals("no customer 99", failure.getMessage());
    }
  }

  @Test
  void eachReportsMdcFollowsItsCallsOntoTheWorkerThreads() throws Exception {
    // Threads started before any MDC is set, so nothing reaches them by inheritance; enough of
    // them for 8 reports each awaiting up to 2 facade calls, so that none waits for a thread.
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(32, 32, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>());
    pool.prestartAllCoreThreads();
    Map<String, String> reportByCity = new ConcurrentHashMap<>();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (ShopFixture shop = new ShopFixture(reports, () -> {})) {
      WeatherClient recording =
          city -> {
            reportByCity.put(city, MDC.get(Reports.REPORT_KEY));
            threads.add(Thread.currentThread().getName());
            return shop.weather.forecast(city);
          };

      new Reports(shop.customers, recording, shop.store, pool).concurrently(ALL);
    } finally {
      pool.shutdownNow();
    }

    for (Customer customer : ShopDatabase.CUSTOMERS) {
      assertEquals("customer-" + customer.id(), reportByCity.get(customer.city()));
    }
    assertTrue(threads.stream().allMatch(name -> name.startsWith("pool-")), threads.toString());
    assertNull(MDC.get(Reports.REPORT_KEY), "the caller's MDC was left changed");
  }
}
