package dev.asyncify.example;

import dev.asyncify.runtime.Tasks;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

/** A database, a weather server and a report directory for one test, closed after it. */
final class ShopFixture implements AutoCloseable {

  final ShopDatabase database;
  final WeatherServer server;
  final JdbcCustomerRepository customers;
  final HttpWeatherClient weather;
  final FileReportStore store;

  ShopFixture(Path reportDirectory, WeatherServer.Pause pause) throws SQLException, IOException {
    database = ShopDatabase.create();
    server = WeatherServer.start(pause);
    customers = new JdbcCustomerRepository(database.dataSource(), Duration.ZERO);
    weather =
        new HttpWeatherClient(
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), server.baseUri());
    store = new FileReportStore(reportDirectory);
  }

  Reports reports() {
    return new Reports(customers, weather, store, Tasks.defaultExecutor());
  }

  @Override
  public void close() throws SQLException {
    server.close();
    database.close();
  }
}
