package dev.asyncify.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncify.processor.DocComment.Tag;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocCommentTest {

  @Test
  void splitsDescriptionFromBlockTagsButNotAtAnnotationsInsideInlineCode() {
    DocComment doc =
        DocComment.parse(
                """
                 Reads it.
                 <pre>{@code
                 @Nullable String s = read();
                 }</pre>

                 @param key the key,
                     never blank
                 @throws java.io.IOException if the disk fails
                """)
            .orElseThrow();

    assertEquals(
        "Reads it.\n<pre>{@code\n@Nullable String s = read();\n}</pre>", doc.description());
    assertEquals(
        List.of(
            new Tag("param", "key the key,\n    never blank"),
            new Tag("throws", "java.io.IOException if the disk fails")),
        doc.tags());
    assertEquals("java.io.IOException", doc.tags().get(1).subject());
    assertEquals("if the disk fails", doc.tags().get(1).detail());
  }

  @Test
  void blankCommentIsNoComment() {
    assertEquals(Optional.empty(), DocComment.parse(null));
    assertEquals(Optional.empty(), DocComment.parse(" \n \n"));
  }

  @Test
  void inheritingFillsInheritDocAndMissingTagsFromTheParent() {
    DocComment parent =
        DocComment.parse(
                """
                 Stores a value.
                 @param key the key
                 @param value the value
                 @return the previous value
                 @throws IllegalStateException if closed
                 @since 1.0
                """)
            .orElseThrow();
    DocComment child =
        DocComment.parse(
                """
                 {@inheritDoc} Also logs.
                 @param value {@inheritDoc}, never null
                 @deprecated use put
                """)
            .orElseThrow();

    assertTrue(child.inherits());
    DocComment merged = child.inheriting(parent);

    assertEquals("Stores a value. Also logs.", merged.description());
    assertEquals(
        List.of(
            new Tag("param", "value the value, never null"),
            new Tag("deprecated", "use put"),
            new Tag("param", "key the key"),
            new Tag("return", "the previous value"),
            new Tag("throws", "IllegalStateException if closed")),
        merged.tags());
    assertFalse(parent.inherits());
  }

  @Test
  void referencesNameTheirTargetsFullyQualifiedOrBecomeCode() {
    DocComment doc =
        DocComment.parse(
                """
                 Uses {@link Map#get(Object) get}, {@link #put(String, int)} and {@link Gone},
                 {@linkplain Lost the lost one}; {@linkable} is no tag.
                 @see Map
                 @see Gone
                 @see "a book"
                """)
            .orElseThrow();

    DocComment rewritten =
        doc.withReferences(
            reference ->
                switch (reference) {
                  case "Map#get(Object)" -> Optional.of("java.util.Map#get(java.lang.Object)");
                  case "#put(String, int)" -> Optional.of("p.Store#put(java.lang.String, int)");
                  case "Map" -> Optional.of("java.util.Map");
                  default -> Optional.empty();
                });

    assertEquals(
        "Uses {@link java.util.Map#get(java.lang.Object) get}, {@link p.Store#put(java.lang.String,"
            + " int) put(String, int)} and {@code Gone},\nthe lost one; {@linkable} is no tag.",
        rewritten.description());
    assertEquals(
        List.of(new Tag("see", "java.util.Map Map"), new Tag("see", "\"a book\"")),
        rewritten.tags());
  }

  // In these strings, BS stands for one backslash: the test's own source must hold no unicode
  // escape that the compiler of this file would translate.
  private static String bs(String text) {
    return text.replace("BS", "\\");
  }

  @Test
  void copiedTextCannotStartAUnicodeEscapeOrEndTheComment() {
    assertEquals(
        bs("BSu005cu002a/ and BSu005cuuu0041"), DocComment.inert(bs("BSu002a/ and BSuuu0041")));
    assertEquals(bs("BSBSu002a"), DocComment.inert(bs("BSBSu002a")));
    assertEquals(bs("BSBSBSu005cu002a"), DocComment.inert(bs("BSBSBSu002a")));
    assertEquals(bs("a BSn b BS"), DocComment.inert(bs("a BSn b BS")));
    assertEquals("*&#47;", DocComment.inert("*/"));
  }

  @Test
  void aParsedCommentIsInertInEveryPart() {
    DocComment doc =
        DocComment.parse(bs(" Ends here: BSu002a/\n @param key a BSu002a/ key\n")).orElseThrow();

    assertEquals(bs("Ends here: BSu005cu002a/"), doc.description());
    assertEquals(bs("key a BSu005cu002a/ key"), doc.tags().get(0).text());
  }
}
