package dev.asyncify.example;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/** An embedded, in-memory H2 database of customers and orders, with a pool of connections. */
public final class ShopDatabase implements AutoCloseable {

  /** The customers the database starts with. */
  public static final List<Customer> CUSTOMERS =
      List.of(
          new Customer(1, "Ada Lovelace", "London"),
          new Customer(2, "Alan Turing", "Manchester"),
          new Customer(3, "Grace Hopper", "New York"),
          new Customer(4, "Edsger Dijkstra", "Amsterdam"),
          new Customer(5, "Barbara Liskov", "Boston"),
          new Customer(6, "Tony Hoare", "Oxford"),
          new Customer(7, "Frances Allen", "Peru"),
          new Customer(8, "Niklaus Wirth", "Zurich"));

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final JdbcConnectionPool pool;

  private ShopDatabase(JdbcConnectionPool pool) {
    this.pool = pool;
  }

  /** Creates a new database, apart from any other, with the schema and the seed data. */
  public static ShopDatabase create() throws SQLException {
    String url = "jdbc:h2:mem:shop" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    pool.setMaxConnections(32);
    ShopDatabase database = new ShopDatabase(pool);
    database.seed();
    return database;
  }

  public DataSource dataSource() {
    return pool;
  }

  private void seed() throws SQLException {
    try (Connection connection = pool.getConnection();
        Statement schema = connection.createStatement()) {
      schema.execute(
          "CREATE TABLE customer (id BIGINT PRIMARY KEY, name VARCHAR(100), city VARCHAR(100))");
      schema.execute(
          "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT REFERENCES customer(id),"
              + " item VARCHAR(100), cents INT)");
      try (PreparedStatement customer =
              connection.prepareStatement("INSERT INTO customer VALUES (?, ?, ?)");
          PreparedStatement order =
              connection.prepareStatement("INSERT INTO orders VALUES (?, ?, ?, ?)")) {
        long orderId = 100;
        for (Customer c : CUSTOMERS) {
          customer.setLong(1, c.id());
          customer.setString(2, c.name());
          customer.setString(3, c.city());
          customer.executeUpdate();
          // Customer n has n % 3 + 1 orders, so that reports differ.
          for (int n = 0; n <= c.id() % 3; n++) {
            order.setLong(1, ++orderId);
            order.setLong(2, c.id());
            order.setString(3, "book " + orderId);
            order.setInt(4, (int) (1_000 + orderId * 7 % 900));
            order.executeUpdate();
          }
        }
      }
    }
  }

  @Override
  public void close() throws SQLException {
    try (Connection connection = pool.getConnection();
        Statement shutdown = connection.createStatement()) {
      shutdown.execute("SHUTDOWN");
    } finally {
      pool.dispose();
    }
  }
}
