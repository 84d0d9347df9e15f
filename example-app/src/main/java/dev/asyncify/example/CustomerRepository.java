package dev.asyncify.example;

import dev.asyncify.Async;
import java.sql.SQLException;
import java.util.List;

/** Customers and their orders. Blocking: each call is a query. */
@Async
public interface CustomerRepository {

  /**
   * The customer with this id.
   *
   * @throws java.util.NoSuchElementException if there is none
   */
  Customer customer(long id) throws SQLException;

  /** The customer's orders, oldest first. */
  List<Order> orders(long customerId) throws SQLException;
}
