package dev.asyncify.example;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link WeatherClient} over {@link HttpClient}'s blocking {@code send}. */
public final class HttpWeatherClient implements WeatherClient {

  private static final Logger LOG = LoggerFactory.getLogger(HttpWeatherClient.class);
  private static final Pattern CELSIUS = Pattern.compile("\"celsius\":(-?\\d+)");

  private final HttpClient http;
  private final URI baseUri;

  public HttpWeatherClient(HttpClient http, URI baseUri) {
    this.http = http;
    this.baseUri = baseUri;
  }

  @Override
  public Forecast forecast(String city) throws IOException, InterruptedException {
    URI uri =
        baseUri.resolve(
            "forecast/" + URLEncoder.encode(city, StandardCharsets.UTF_8).replace("+", "%20"));
    // The log pattern adds the MDC's report id, whichever thread this runs on.
    LOG.info("GET {}", uri.getPath());
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 404) {
      throw new FileNotFoundException("no forecast for " + city + " at " + uri);
    }
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + " from " + uri);
    }
    Matcher celsius = CELSIUS.matcher(response.body());
    if (!celsius.find()) {
      throw new IOException("no forecast in " + response.body());
    }
    return new Forecast(city, Integer.parseInt(celsius.group(1)));
  }
}
