package dev.asyncify.example;

import java.util.List;

/** Everything known about one customer, from the three sources. */
public record Report(Customer customer, List<Order> orders, Forecast forecast) {

  /** The report as the text stored in its file. */
  public String text() {
    int total = orders.stream().mapToInt(Order::cents).sum();
    return String.format(
        "%s (%s): %d order%s, %d.%02d total; %d°C%n",
        customer.name(),
        customer.city(),
        orders.size(),
        orders.size() == 1 ? "" : "s",
        total / 100,
        total % 100,
        forecast.celsius());
  }
}
