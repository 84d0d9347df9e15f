package dev.asyncify.example;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A weather API on 127.0.0.1: {@code GET /forecast/{city}} answers {@code {"city":"Oslo",
 * "celsius":4}} after a pause, 404 for a city it does not know, 503 if the pause fails. It serves
 * requests concurrently, as a real API would. A flaky one ({@link #startFlaky}) answers 503 to the
 * first request for each city, as an API warming its cache might.
 */
public final class WeatherServer implements AutoCloseable {

  /** What the server does before it answers: the latency of a remote API. */
  @FunctionalInterface
  public interface Pause {
    void await() throws Exception;
  }

  /** Degrees Celsius by city. */
  static final Map<String, Integer> FORECASTS =
      Map.of(
          "London", 11,
          "Manchester", 9,
          "New York", 14,
          "Amsterdam", 10,
          "Boston", 12,
          "Oxford", 10,
          "Peru", 8,
          "Zurich", 6);

  private final HttpServer server;
  private final ExecutorService workers;
  private final AtomicInteger requests;

  private WeatherServer(HttpServer server, ExecutorService workers, AtomicInteger requests) {
    this.server = server;
    this.workers = workers;
    this.requests = requests;
  }

  /** Starts the server on a free port of the loopback address. */
  public static WeatherServer start(Pause pause) throws IOException {
    return start(pause, false);
  }

  /** Starts a server that answers 503 to the first request for each city, before its pause. */
  public static WeatherServer startFlaky(Pause pause) throws IOException {
    return start(pause, true);
  }

  private static WeatherServer start(Pause pause, boolean flaky) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService workers = Executors.newCachedThreadPool();
    AtomicInteger requests = new AtomicInteger();
    Set<String> asked = ConcurrentHashMap.newKeySet();
    server.setExecutor(workers);
    server.createContext(
        "/forecast/",
        exchange -> {
          requests.incrementAndGet();
          if (flaky && asked.add(exchange.getRequestURI().getPath())) {
            try (exchange) {
              exchange.sendResponseHeaders(503, -1);
            }
          } else {
            answer(exchange, pause);
          }
        });
    server.start();
    return new WeatherServer(server, workers, requests);
  }

  /** How many requests the server has had. */
  public int requests() {
    return requests.get();
  }

  /** Where the API is: {@code http://127.0.0.1:port/}. */
  public URI baseUri() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/");
  }

  private static void answer(HttpExchange exchange, Pause pause) throws IOException {
    try (exchange) {
      try {
        pause.await();
      } catch (Exception e) {
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        exchange.sendResponseHeaders(503, -1);
        return;
      }
      String city = exchange.getRequestURI().getPath().substring("/forecast/".length());
      Integer celsius = FORECASTS.get(city);
      if (celsius == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body =
          String.format("{\"city\":\"%s\",\"celsius\":%d}", city, celsius)
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
