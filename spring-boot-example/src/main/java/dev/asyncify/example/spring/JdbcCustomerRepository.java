package dev.asyncify.example.spring;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The blocking implementation: JdbcTemplate on H2. */
@Repository
public class JdbcCustomerRepository implements CustomerRepository {

  private static final Logger log = LoggerFactory.getLogger(JdbcCustomerRepository.class);

  private final JdbcTemplate jdbc;

  public JdbcCustomerRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Customer customer(long id) {
    log.info("loading customer {}", id);
    return jdbc.queryForObject(
        "SELECT id, name FROM customer WHERE id = ?",
        (row, number) -> new Customer(row.getLong("id"), row.getString("name")),
        id);
  }

  @Override
  public List<Order> orders(long customerId) {
    log.info("loading the orders of customer {}", customerId);
    return jdbc.query(
        "SELECT id, total_cents FROM orders WHERE customer_id = ? ORDER BY id",
        (row, number) -> new Order(row.getLong("id"), row.getLong("total_cents")),
        customerId);
  }
}
