package dev.asyncify.example;

import dev.asyncify.Async;
import java.io.IOException;

/** A client of the weather API. Blocking: each call is an HTTP request. */
@Async
public interface WeatherClient {

  /**
   * Today's forecast for {@code city}.
   *
   * @throws IOException if the request fails or the API does not know the city
   */
  Forecast forecast(String city) throws IOException, InterruptedException;
}
