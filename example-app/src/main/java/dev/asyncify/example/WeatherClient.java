package dev.asyncify.example;

import dev.asyncify.Async;
import dev.asyncify.Retry;
import dev.asyncify.Timeout;
import java.io.FileNotFoundException;
import java.io.IOException;

/**
 * A client of the weather API. Blocking: each call is an HTTP request. Through its facade, a call
 * that fails with an IOException (the API answered 503, say) is tried again, up to 3 times, 50 ms
 * then 100 ms later; each attempt may take 2 seconds.
 */
@Async
public interface WeatherClient {

  /**
   * Today's forecast for {@code city}.
   *
   * @throws FileNotFoundException if the API does not know the city
   * @throws IOException if the request fails
   */
  @Timeout("2s")
  @Retry(
      attempts = 3,
      delay = "50ms",
      backoff = 2,
      retryOn = IOException.class,
      abortOn = FileNotFoundException.class)
  Forecast forecast(String city) throws IOException, InterruptedException;
}
