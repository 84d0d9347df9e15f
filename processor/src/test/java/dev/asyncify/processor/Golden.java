package dev.asyncify.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expected generated sources, checked in under {@code src/test/resources/golden}. Run the tests
 * with {@code -Dgolden.update=true} to rewrite them after an intended change, then review the diff.
 */
final class Golden {

  private static final Path ROOT =
      Path.of(System.getProperty("golden.root", "src/test/resources/golden"));

  private Golden() {}

  static void assertMatches(String name, String actual) {
    Path file = ROOT.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertEquals(
          Files.readString(file, StandardCharsets.UTF_8),
          actual,
          "generated source differs from " + file + " (rerun with -Dgolden.update=true if intended)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
