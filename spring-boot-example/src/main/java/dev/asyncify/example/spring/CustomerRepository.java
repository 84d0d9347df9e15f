package dev.asyncify.example.spring;

import dev.asyncify.Async;
import java.util.List;

/**
 * Blocking JDBC, as it is. {@code @Async} gives {@code CustomerRepositoryAsync}, and the starter
 * makes it a bean that wraps the {@link JdbcCustomerRepository} bean.
 */
@Async
public interface CustomerRepository {
  Customer customer(long id);

  List<Order> orders(long customerId);
}
