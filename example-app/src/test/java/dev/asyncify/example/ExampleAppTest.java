package dev.asyncify.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The program a newcomer runs first, run as they would, its output checked. */
class ExampleAppTest {

  @Test
  void mainPrintsBothTimingsAndEveryReportTheSameBothWays() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      ExampleApp.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    List<String> lines = output.lines().toList();

    assertTrue(output.contains("one call after another:"), output);
    assertTrue(output.contains("through the facades:"), output);
    assertTrue(lines.contains("  same reports both ways: yes"), output);
    assertTrue(
        lines.contains("  8 forecasts in 16 requests: each 503 retried by WeatherClient's @Retry"),
        output);
    assertEquals(
        8,
        lines.stream().filter(line -> line.matches("  .+ \\(.+\\): \\d+ orders?, .*")).count(),
        output);
  }
}
