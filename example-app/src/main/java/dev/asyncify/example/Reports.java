package dev.asyncify.example;

import dev.asyncify.runtime.TaskGroup;
import dev.asyncify.runtime.Tasks;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.MDC;

/**
 * Builds each customer's report from the database, the weather API and a file: once call after call
 * on the blocking services, once concurrently through their generated facades.
 */
public final class Reports {

  /** The MDC key that names the report a log line belongs to. */
  public static final String REPORT_KEY = "report";

  private final CustomerRepository customers;
  private final WeatherClient weather;
  private final ReportStore store;
  private final Executor executor;

  /**
   * @param executor where the facades run the blocking calls
   */
  public Reports(
      CustomerRepository customers, WeatherClient weather, ReportStore store, Executor executor) {
    this.customers = customers;
    this.weather = weather;
    this.store = store;
    this.executor = executor;
  }

  /** The reports of {@code customerIds}, one call at a time. */
  public List<String> oneAfterAnother(List<Long> customerIds) throws Exception {
    List<String> texts = new ArrayList<>();
    for (long id : customerIds) {
      MDC.put(REPORT_KEY, "customer-" + id);
      Customer customer = customers.customer(id);
      List<Order> orders = customers.orders(id);
      Forecast forecast = weather.forecast(customer.city());
      texts.add(store.read(store.save(new Report(customer, orders, forecast))));
    }
    MDC.remove(REPORT_KEY);
    return texts;
  }

  /**
   * The reports of {@code customerIds}, all customers at once: asyncio's {@code
   * gather(*(report_of(id) for id in ids))}.
   */
  public List<String> concurrently(List<Long> customerIds) throws Exception {
    List<CompletableFuture<String>> reports = new ArrayList<>();
    for (long id : customerIds) {
      // Each report's id goes with its task, and from there into every facade call it makes.
      MDC.put(REPORT_KEY, "customer-" + id);
      try {
        reports.add(Tasks.spawn(() -> reportOf(id), executor));
      } finally {
        MDC.remove(REPORT_KEY);
      }
    }
    return Tasks.await(Tasks.gather(reports), Exception.class);
  }

  /**
   * One report: the customer and their orders at once, then the forecast for their city. Its calls
   * are one {@link TaskGroup}, the group being the facades' executor: if one call fails, the others
   * are cancelled and interrupted, and no call of the report outlives it.
   */
  private String reportOf(long id) throws SQLException, IOException {
    try (TaskGroup calls = TaskGroup.open(executor)) {
      CustomerRepositoryAsync asyncCustomers = CustomerRepositoryAsync.of(customers, calls);
      WeatherClientAsync asyncWeather = WeatherClientAsync.of(weather, calls);
      ReportStoreAsync asyncStore = ReportStoreAsync.of(store, calls);

      CompletableFuture<Customer> customer = asyncCustomers.customer(id);
      CompletableFuture<List<Order>> orders = asyncCustomers.orders(id);
      CompletableFuture<Forecast> forecast =
          customer.thenCompose(found -> asyncWeather.forecast(found.city()));
      Report report =
          new Report(
              Tasks.await(customer, SQLException.class),
              Tasks.await(orders, SQLException.class),
              Tasks.await(forecast, IOException.class));
      Path file = Tasks.await(asyncStore.save(report), IOException.class);
      return Tasks.await(asyncStore.read(file), IOException.class);
    }
  }
}
