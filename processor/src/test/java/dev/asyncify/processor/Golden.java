package dev.asyncify.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncify.processor.Compilations.TestCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expected generated sources, checked in under {@code src/test/resources/golden}. Run the tests
 * with {@code -Dgolden.update=true} to rewrite them after an intended change, then review the diff.
 *
 * <p>Both compilers must give the same source. Where ecj cannot, its expected source is under
 * {@code golden-ecj} with the same name, and that folder's README says why; the update writes one
 * there only when ecj's source differs from javac's.
 */
final class Golden {

  private static final Path ROOT =
      Path.of(System.getProperty("golden.root", "src/test/resources/golden"));
  private static final Path ECJ_ROOT = ROOT.resolveSibling("golden-ecj");

  private Golden() {}

  static void assertMatches(String name, String actual, TestCompiler compiler) {
    Path file = ROOT.resolve(name);
    Path ecjFile = ECJ_ROOT.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        update(compiler == TestCompiler.JAVAC ? file : ecjFile, file, actual);
        return;
      }
      Path expected = compiler == TestCompiler.ECJ && Files.exists(ecjFile) ? ecjFile : file;
      assertEquals(
          Files.readString(expected, StandardCharsets.UTF_8),
          actual,
          "generated source differs from "
              + expected
              + " (rerun with -Dgolden.update=true if intended)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void update(Path target, Path javacFile, String actual) throws IOException {
    if (!target.equals(javacFile)
        && Files.exists(javacFile)
        && Files.readString(javacFile, StandardCharsets.UTF_8).equals(actual)) {
      Files.deleteIfExists(target);
      return;
    }
    Files.createDirectories(target.getParent());
    Files.writeString(target, actual, StandardCharsets.UTF_8);
  }
}
