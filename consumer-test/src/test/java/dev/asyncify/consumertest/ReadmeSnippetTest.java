package dev.asyncify.consumertest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's Maven setup is the one the consumer project builds with: every line of the snippet
 * that follows {@link #MARKER} in the README stands in src/it/readme-setup/pom.xml, in the same
 * order, with the project's version where the pom says {@code @project.version@}.
 */
class ReadmeSnippetTest {

  static final String MARKER = "<!-- tested: consumer-test/src/it/readme-setup/pom.xml -->";

  private final String version = System.getProperty("projectVersion");

  @Test
  void everyLineOfTheReadmeSnippetIsInTheTestedPomInOrder() throws IOException {
    List<String> snippet = snippetLines(read("readme"));
    List<String> pom =
        read("consumerPom")
            .replace("@project.version@", version)
            .lines()
            .map(String::strip)
            .toList();

    int next = 0;
    for (String line : snippet) {
      int found = indexFrom(pom, line, next);
      if (found < 0) {
        fail("README line not in the tested pom (or out of order): " + line);
      }
      next = found + 1;
    }
  }

  @Test
  void theSnippetSetsUpTheBomTheRuntimeAndTheProcessorPath() throws IOException {
    String snippet = String.join("\n", snippetLines(read("readme")));

    assertTrue(snippet.contains("<artifactId>asyncify-bom</artifactId>"), snippet);
    assertTrue(snippet.contains("<artifactId>asyncify-runtime</artifactId>"), snippet);
    assertTrue(snippet.contains("<annotationProcessorPaths>"), snippet);
    assertTrue(snippet.contains("<version>" + version + "</version>"), snippet);
  }

  @Test
  void readsTheSnippetThatFollowsTheMarker() {
    String readme = "text\n" + MARKER + "\n\n```xml\n<a>\n\n  <b/>\n</a>\n```\n```xml\n<c/>\n```\n";

    assertEquals(List.of("<a>", "<b/>", "</a>"), snippetLines(readme));
  }

  /** The non-blank lines, stripped, of the first xml block after the marker. */
  static List<String> snippetLines(String readme) {
    int marker = readme.indexOf(MARKER);
    assertTrue(marker >= 0, "the README lost its marker " + MARKER);
    int start = readme.indexOf("```xml\n", marker) + "```xml\n".length();
    int end = readme.indexOf("```", start);
    return readme
        .substring(start, end)
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .toList();
  }

  private static int indexFrom(List<String> lines, String wanted, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).equals(wanted)) {
        return i;
      }
    }
    return -1;
  }

  private static String read(String property) throws IOException {
    return Files.readString(Path.of(System.getProperty(property)));
  }
}
