package dev.asyncify.example;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import javax.sql.DataSource;

/**
 * {@link CustomerRepository} over JDBC. The embedded database answers in microseconds; to stand for
 * a database server across a network, each query first waits {@code roundTrip}.
 */
public final class JdbcCustomerRepository implements CustomerRepository {

  private final DataSource dataSource;
  private final Duration roundTrip;

  public JdbcCustomerRepository(DataSource dataSource, Duration roundTrip) {
    this.dataSource = dataSource;
    this.roundTrip = roundTrip;
  }

  @Override
  public Customer customer(long id) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement query =
            connection.prepareStatement("SELECT id, name, city FROM customer WHERE id = ?")) {
      query.setLong(1, id);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new NoSuchElementException("no customer " + id);
        }
        return new Customer(row.getLong("id"), row.getString("name"), row.getString("city"));
      }
    }
  }

  @Override
  public List<Order> orders(long customerId) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT id, item, cents FROM orders WHERE customer_id = ? ORDER BY id")) {
      query.setLong(1, customerId);
      try (ResultSet rows = query.executeQuery()) {
        List<Order> orders = new ArrayList<>();
        while (rows.next()) {
          orders.add(new Order(rows.getLong("id"), rows.getString("item"), rows.getInt("cents")));
        }
        return orders;
      }
    }
  }

  private Connection connect() throws SQLException {
    try {
      Thread.sleep(roundTrip.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while connecting", e);
    }
    return dataSource.getConnection();
  }
}
