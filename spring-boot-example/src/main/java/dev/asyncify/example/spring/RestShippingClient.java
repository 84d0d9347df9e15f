package dev.asyncify.example.spring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The shipping API over Boot's RestClient, which also passes the trace on in a {@code traceparent}
 * header. The API is this application's own {@link ShippingController}, standing in for a remote
 * service with latency; its port is known once the server has started.
 */
@Component
public class RestShippingClient implements ShippingClient {

  private static final Logger log = LoggerFactory.getLogger(RestShippingClient.class);

  private final RestClient http;
  private final Environment environment;

  public RestShippingClient(RestClient.Builder http, Environment environment) {
    this.http = http.build();
    this.environment = environment;
  }

  @Override
  public Quote quote(long customerId) {
    log.info("asking the shipping API for a quote for customer {}", customerId);
    return http.get()
        .uri(
            "http://localhost:{port}/shipping/quotes/{customer}",
            environment.getRequiredProperty("local.server.port"),
            customerId)
        .retrieve()
        .body(Quote.class);
  }
}
