package dev.asyncify.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.asyncify.runtime.Tasks;
import dev.asyncify.testing.VirtualScheduler;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** WeatherClient's @Retry and @Timeout against the local API. */
class WeatherPoliciesTest {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void theFacadeRetriesAFlakyApiUntilEveryForecastArrives() throws Exception {
    try (WeatherServer flaky = WeatherServer.startFlaky(() -> {})) {
      WeatherClientAsync weather =
          WeatherClientAsync.of(new HttpWeatherClient(HTTP, flaky.baseUri()));
      List<String> cities = List.copyOf(WeatherServer.FORECASTS.keySet());

      List<CompletableFuture<Forecast>> forecasts = new ArrayList<>();
      cities.forEach(city -> forecasts.add(weather.forecast(city)));
      List<Forecast> arrived = Tasks.await(Tasks.gather(forecasts), IOException.class);

      for (int i = 0; i < cities.size(); i++) {
        assertEquals(
            new Forecast(cities.get(i), WeatherServer.FORECASTS.get(cities.get(i))),
            arrived.get(i));
      }
      assertEquals(2 * cities.size(), flaky.requests(), "one 503 and one retry per city");
    }
  }

  @Test
  void aRequestThatOutlivesTheTimeoutFailsWithTimeoutExceptionAndIsNotRetried() throws Exception {
    CountDownLatch stuck = new CountDownLatch(1);
    VirtualScheduler time = new VirtualScheduler();
    try (WeatherServer slow = WeatherServer.start(stuck::await)) {
      WeatherClientAsync weather =
          WeatherClientAsync.of(
              new HttpWeatherClient(HTTP, slow.baseUri()), Tasks.defaultExecutor(), time);

      CompletableFuture<Forecast> forecast = weather.forecast("Oslo");
      time.advance(Duration.ofSeconds(2));

      Throwable failure = forecast.handle((value, error) -> error).get(10, TimeUnit.SECONDS);
      assertInstanceOf(TimeoutException.class, failure);
      assertEquals(0, time.pending(), "no retry is waiting: TimeoutException is not retried");
    } finally {
      stuck.countDown();
    }
  }
}
