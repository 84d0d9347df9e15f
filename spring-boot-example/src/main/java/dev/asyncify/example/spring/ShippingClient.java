package dev.asyncify.example.spring;

import dev.asyncify.Async;

/** A blocking HTTP client of the shipping API. */
@Async
public interface ShippingClient {
  Quote quote(long customerId);
}
