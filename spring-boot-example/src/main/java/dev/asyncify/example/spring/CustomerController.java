package dev.asyncify.example.spring;

import dev.asyncify.runtime.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Gathers facade calls: the two queries and the shipping quote start at once, on Boot's
 * applicationTaskExecutor, and the answer waits for the slowest, not for their sum.
 */
@RestController
public class CustomerController {

  private static final Logger log = LoggerFactory.getLogger(CustomerController.class);

  private final CustomerRepositoryAsync customers;
  private final ShippingClientAsync shipping;

  /** Facade beans, injected by type like any other bean. */
  public CustomerController(CustomerRepositoryAsync customers, ShippingClientAsync shipping) {
    this.customers = customers;
    this.shipping = shipping;
  }

  @GetMapping("/customers/{id}/summary")
  public CustomerSummary summary(@PathVariable long id) {
    log.info("summarizing customer {}", id);
    return Tasks.await(
        Tasks.gather(
            customers.customer(id),
            customers.orders(id),
            shipping.quote(id),
            CustomerSummary::new));
  }

  /**
   * The repository's own exception reaches the handler: {@code Tasks.await} throws what the call
   * threw, not a {@code CompletionException} around it.
   */
  @ExceptionHandler(EmptyResultDataAccessException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  public String unknownCustomer() {
    return "no such customer";
  }
}
