package dev.asyncify.example;

import dev.asyncify.runtime.Tasks;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Builds a report for each customer of a shop from three blocking sources (an H2 database over
 * JDBC, a weather API over HTTP, files) once call after call and once through asyncify's generated
 * facades, and prints both timings.
 */
public final class ExampleApp {

  /** How long a query takes to reach the database and come back. */
  static final Duration DATABASE_ROUND_TRIP = Duration.ofMillis(50);

  /** How long the weather API takes to answer. */
  static final Duration API_LATENCY = Duration.ofMillis(100);

  private ExampleApp() {}

  public static void main(String[] args) throws Exception {
    Path directory = Files.createTempDirectory("asyncify-reports");
    try (ShopDatabase database = ShopDatabase.create();
        WeatherServer server = WeatherServer.start(() -> Thread.sleep(API_LATENCY.toMillis()))) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      Reports reports =
          new Reports(
              new JdbcCustomerRepository(database.dataSource(), DATABASE_ROUND_TRIP),
              new HttpWeatherClient(http, server.baseUri()),
              new FileReportStore(directory),
              Tasks.defaultExecutor());
      List<Long> ids = ShopDatabase.CUSTOMERS.stream().map(Customer::id).toList();

      System.out.printf(
          "asyncify example: a report for each of %d customers needs 2 queries to H2 (%d ms each),"
              + " 1 call to the weather API at %s (%d ms) and a file.%n"
              + "Each weather call is logged with its report id, which SLF4J's MDC carries into the"
              + " facades' threads.%n%n",
          ids.size(), DATABASE_ROUND_TRIP.toMillis(), server.baseUri(), API_LATENCY.toMillis());
      // One unmeasured round each way, so that class loading and first connections count in
      // neither.
      System.out.printf("Warming up (not timed):%n");
      reports.oneAfterAnother(ids.subList(0, 1));
      reports.concurrently(ids.subList(0, 1));
      System.out.printf("%nOne call after another:%n");

      long start = System.nanoTime();
      List<String> sequential = reports.oneAfterAnother(ids);
      long sequentialMillis = (System.nanoTime() - start) / 1_000_000;

      System.out.printf("%nThrough the facades:%n");
      start = System.nanoTime();
      List<String> concurrent = reports.concurrently(ids);
      long concurrentMillis = (System.nanoTime() - start) / 1_000_000;

      System.out.printf("%n  one call after another: %,6d ms%n", sequentialMillis);
      System.out.printf(
          "  through the facades:    %,6d ms  (%.1fx faster)%n",
          concurrentMillis, (double) sequentialMillis / Math.max(1, concurrentMillis));
      System.out.printf(
          "  same reports both ways: %s%n%n", sequential.equals(concurrent) ? "yes" : "NO");
      concurrent.forEach(text -> System.out.print("  " + text));
      forecastsFromAFlakyApi(http);
    } finally {
      deleteRecursively(directory);
    }
  }

  /**
   * Every city's forecast at once from an API that answers 503 to the first request for each:
   * WeatherClient's {@code @Retry} tries again, and every forecast arrives.
   */
  private static void forecastsFromAFlakyApi(HttpClient http) throws Exception {
    try (WeatherServer flaky =
        WeatherServer.startFlaky(() -> Thread.sleep(API_LATENCY.toMillis()))) {
      WeatherClientAsync weather =
          WeatherClientAsync.of(new HttpWeatherClient(http, flaky.baseUri()));
      List<CompletableFuture<Forecast>> forecasts = new ArrayList<>();
      WeatherServer.FORECASTS.keySet().stream()
          .sorted()
          .forEach(city -> forecasts.add(weather.forecast(city)));
      List<Forecast> arrived = Tasks.await(Tasks.gather(forecasts), IOException.class);
      System.out.printf(
          "%nA flaky weather API (503 to the first request for each city):%n"
              + "  %d forecasts in %d requests: each 503 retried by WeatherClient's @Retry%n",
          arrived.size(), flaky.requests());
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
