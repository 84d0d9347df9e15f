package dev.asyncify.example.spring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The slow "remote" shipping API that {@link RestShippingClient} calls. */
@RestController
public class ShippingController {

  /** How long a quote takes: long enough that running calls one after another shows. */
  static final long LATENCY_MILLIS = 300;

  private static final Logger log = LoggerFactory.getLogger(ShippingController.class);

  @GetMapping("/shipping/quotes/{customerId}")
  public Quote quote(@PathVariable long customerId) throws InterruptedException {
    log.info("quoting shipping for customer {}", customerId);
    Thread.sleep(LATENCY_MILLIS);
    return new Quote(customerId, 499 + customerId, 2);
  }
}
