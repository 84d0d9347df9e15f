package dev.asyncify.example.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The service over HTTP, on a random port, as a client sees it. */
// Tracing as in production: @SpringBootTest turns it off unless asked.
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ShopApplicationTest {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theSummaryGathersTheCustomerTheirOrdersAndAShippingQuote() throws Exception {
    JsonNode summary = new ObjectMapper().readTree(get("/customers/1/summary", "r-1").body());

    assertEquals("Ada Lovelace", summary.at("/customer/name").asText());
    assertEquals(10, summary.at("/orders/0/id").asLong());
    assertEquals(11, summary.at("/orders/1/id").asLong());
    assertEquals(2, summary.at("/orders").size());
    assertEquals(500, summary.at("/shipping/cents").asLong());
  }

  @Test
  void theTraceIdAndTheRequestIdArriveInEveryFacadeThread(CapturedOutput output) throws Exception {
    HttpResponse<String> response = get("/customers/2/summary", "r-42");
    assertEquals(200, response.statusCode(), response.body());

    // The request's own thread, where Micrometer Tracing started the trace.
    String requestLine = lineWith(output, "summarizing customer 2");
    String context =
        requestLine.substring(requestLine.indexOf("[trace="), requestLine.indexOf("]") + 1);
    assertTrue(context.matches("\\[trace=[0-9a-f]{32} request=r-42]"), requestLine);

    for (String message :
        List.of(
            "loading customer 2",
            "loading the orders of customer 2",
            "asking the shipping API for a quote for customer 2")) {
      String line = lineWith(output, message);
      assertTrue(line.contains(context), "not " + context + ": " + line);
      assertTrue(line.contains("task-"), "not on a facade thread: " + line);
    }
    // The RestClient, called on a facade thread, passed the trace on over HTTP.
    String traceOnly = context.substring(0, context.indexOf(' '));
    assertTrue(lineWith(output, "quoting shipping for customer 2").contains(traceOnly), traceOnly);
  }

  @Test
  void anUnknownCustomerReachesTheHandlerOfTheRepositorysOwnException() throws Exception {
    HttpResponse<String> response = get("/customers/99/summary", "r-99");

    assertEquals(404, response.statusCode(), response.body());
    assertEquals("no such customer", response.body());
  }

  private HttpResponse<String> get(String path, String requestId) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("X-Request-Id", requestId)
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String lineWith(CapturedOutput output, String message) {
    return output
        .getOut()
        .lines()
        .filter(line -> line.contains(message))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no log line with \"" + message + "\""));
  }
}
