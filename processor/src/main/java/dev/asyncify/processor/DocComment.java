package dev.asyncify.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A source method's Javadoc, split into its description and its block tags, so that the facade can
 * repeat it and say what the future completes with.
 *
 * @param description the text before the first block tag, without the comment's leading spaces
 * @param tags the block tags in source order
 */
record DocComment(String description, List<Tag> tags) {

  /** The comment of a method that has none. */
  static final DocComment NONE = new DocComment("", List.of());

  private static final String INHERIT_DOC = "{@inheritDoc}";
  /** The tags Javadoc copies from an overridden method when a comment lacks them. */
  private static final Set<String> INHERITED_TAGS = Set.of("param", "return", "throws", "exception");
  /** The tags whose first word names what they are about. */
  private static final Set<String> INHERITED_BY_SUBJECT = Set.of("param", "throws", "exception");

  DocComment {
    tags = List.copyOf(tags);
  }

  /**
   * A block tag: {@code @param key the key} has name {@code param} and text {@code key the key}.
   *
   * @param name the tag's name without the {@code @}
   * @param text what follows the name, lines joined by line breaks
   */
  record Tag(String name, String text) {

    /** For {@code @throws} and {@code @param}: the first word of the text, the type or name. */
    String subject() {
      return text.split("\\s+", 2)[0];
    }

    /** For {@code @throws} and {@code @param}: the text after the subject. */
    String detail() {
      String[] words = text.split("\\s+", 2);
      return words.length < 2 ? "" : words[1];
    }
  }

  /**
   * The comment that {@link javax.lang.model.util.Elements#getDocComment} returned, or empty when
   * there was none or it said nothing.
   */
  static Optional<DocComment> parse(String comment) {
    if (comment == null || comment.isBlank()) {
      return Optional.empty();
    }
    StringBuilder description = new StringBuilder();
    List<Tag> tags = new ArrayList<>();
    String tagName = null;
    StringBuilder tagText = new StringBuilder();
    int inlineDepth = 0;
    for (String rawLine : comment.split("\\R", -1)) {
      // javac keeps the space after each '*'; the facade's comment writes its own.
      String line = rawLine.startsWith(" ") ? rawLine.substring(1) : rawLine;
      String trimmed = line.strip();
      if (inlineDepth == 0 && trimmed.length() > 1 && trimmed.charAt(0) == '@'
          && Character.isLetter(trimmed.charAt(1))) {
        if (tagName != null) {
          tags.add(new Tag(tagName, tagText.toString().strip()));
        }
        String[] parts = trimmed.substring(1).split("\\s+", 2);
        tagName = parts[0];
        tagText = new StringBuilder(parts.length < 2 ? "" : parts[1]);
      } else if (tagName != null) {
        tagText.append('\n').append(line);
      } else {
        description.append(line).append('\n');
      }
      inlineDepth = Math.max(0, inlineDepth + braceBalance(line));
    }
    if (tagName != null) {
      tags.add(new Tag(tagName, tagText.toString().strip()));
    }
    String text = description.toString().strip();
    return text.isEmpty() && tags.isEmpty()
        ? Optional.empty()
        : Optional.of(new DocComment(text, tags));
  }

  /** Opening minus closing braces: a line starting with '@' inside {@code ...} is no tag. */
  private static int braceBalance(String line) {
    int balance = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '{') {
        balance++;
      } else if (c == '}') {
        balance--;
      }
    }
    return balance;
  }

  /**
   * This comment with what Javadoc would inherit from {@code parent}, the comment of the method it
   * overrides: {@code {@inheritDoc}} replaced by the matching text of the parent, and the parent's
   * {@code @param}, {@code @return} and {@code @throws} tags that this one lacks.
   */
  DocComment inheriting(DocComment parent) {
    List<Tag> merged = new ArrayList<>();
    for (Tag tag : tags) {
      Optional<Tag> match = parent.matching(tag);
      String inherited =
          match.map(found -> INHERITED_BY_SUBJECT.contains(found.name()) ? found.detail() : found.text())
              .orElse("");
      merged.add(new Tag(tag.name(), tag.text().replace(INHERIT_DOC, inherited).strip()));
    }
    for (Tag tag : parent.tags) {
      if (INHERITED_TAGS.contains(tag.name()) && matching(tag).isEmpty()) {
        merged.add(tag);
      }
    }
    String text = description.isEmpty() ? INHERIT_DOC : description;
    return new DocComment(text.replace(INHERIT_DOC, parent.description).strip(), merged);
  }

  /** Whether Javadoc would look at the overridden method's comment to complete this one. */
  boolean inherits() {
    return description.isEmpty()
        || description.contains(INHERIT_DOC)
        || tags.stream().anyMatch(tag -> tag.text().contains(INHERIT_DOC));
  }

  private Optional<Tag> matching(Tag other) {
    return tags.stream()
        .filter(tag -> tag.name().equals(other.name()))
        .filter(
            tag ->
                !INHERITED_BY_SUBJECT.contains(tag.name()) || tag.subject().equals(other.subject()))
        .findFirst();
  }

  /** The tags named {@code name}, in source order. */
  List<Tag> tagsNamed(String name) {
    return tags.stream().filter(tag -> tag.name().equals(name)).toList();
  }
}
