package dev.asyncify.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
  private static final Set<String> INHERITED_TAGS =
      Set.of("param", "return", "throws", "exception");

  /** The tags whose first word names what they are about. */
  private static final Set<String> INHERITED_BY_SUBJECT = Set.of("param", "throws", "exception");

  DocComment {
    tags = List.copyOf(tags);
  }

  /**
   * A block tag: <code>&#64;param key the key</code> has name {@code param} and text {@code key the
   * key}.
   *
   * @param name the tag's name without the at sign
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
    comment = inert(comment);
    StringBuilder description = new StringBuilder();
    List<Tag> tags = new ArrayList<>();
    String tagName = null;
    StringBuilder tagText = new StringBuilder();
    int inlineDepth = 0;
    for (String rawLine : comment.split("\\R", -1)) {
      // javac keeps the space after each '*'; the facade's comment writes its own.
      String line = rawLine.startsWith(" ") ? rawLine.substring(1) : rawLine;
      String trimmed = line.strip();
      if (inlineDepth == 0
          && trimmed.length() > 1
          && trimmed.charAt(0) == '@'
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

  /**
   * {@code text} made safe to write into a comment of a generated file, where it is source again.
   * javac hands over a comment with its unicode escapes already translated: a source comment that
   * escaped the backslash of an escape for a star gives the text of that escape, which written as
   * is would be translated into a star and, before a slash, end the generated comment. A backslash
   * that could start a unicode escape is written as the escape of a backslash, which translates
   * back to that backslash alone; a comment end, which no source comment can hold, is broken up all
   * the same.
   */
  static String inert(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int backslashes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        backslashes++;
        // Eligible to start an escape: an even number of backslashes before it.
        boolean eligible = backslashes % 2 == 1;
        out.append(
            eligible && i + 1 < text.length() && text.charAt(i + 1) == 'u' ? "\\u005c" : "\\");
        continue;
      }
      backslashes = 0;
      if (c == '/' && i > 0 && text.charAt(i - 1) == '*') {
        out.append("&#47;");
      } else {
        out.append(c);
      }
    }
    return out.toString();
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
          match
              .map(
                  found ->
                      INHERITED_BY_SUBJECT.contains(found.name()) ? found.detail() : found.text())
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

  /**
   * This comment with its references made to work from another file: each {@code @link},
   * {@code @linkplain} and {@code @see} reference that {@code qualified} resolves names its target
   * fully qualified and shows what the author wrote; one that does not resolve becomes code (or its
   * label), and such a {@code @see} goes.
   */
  DocComment withReferences(Function<String, Optional<String>> qualified) {
    List<Tag> rewritten = new ArrayList<>();
    for (Tag tag : tags) {
      if (!tag.name().equals("see")) {
        rewritten.add(new Tag(tag.name(), inlineLinks(tag.text(), qualified)));
      } else if (tag.text().startsWith("\"") || tag.text().startsWith("<")) {
        rewritten.add(tag);
      } else {
        int end = referenceEnd(tag.text(), 0);
        String reference = tag.text().substring(0, end);
        String label = tag.text().substring(end).strip();
        qualified
            .apply(reference)
            .ifPresent(
                target ->
                    rewritten.add(
                        new Tag(
                            "see", target + " " + (label.isEmpty() ? shown(reference) : label))));
      }
    }
    return new DocComment(inlineLinks(description, qualified), rewritten);
  }

  private static String inlineLinks(String text, Function<String, Optional<String>> qualified) {
    StringBuilder out = new StringBuilder();
    int done = 0;
    for (int start = text.indexOf("{@link"); start >= 0; start = text.indexOf("{@link", done)) {
      int name = start + "{@link".length();
      boolean plain = text.startsWith("plain", name);
      int afterName = plain ? name + "plain".length() : name;
      int close = closingBrace(text, afterName);
      if (afterName >= text.length()
          || !Character.isWhitespace(text.charAt(afterName))
          || close < 0) {
        out.append(text, done, afterName);
        done = afterName;
        continue;
      }
      int referenceStart = afterName;
      while (Character.isWhitespace(text.charAt(referenceStart))) {
        referenceStart++;
      }
      int referenceEnd = Math.min(referenceEnd(text, referenceStart), close);
      String reference = text.substring(referenceStart, referenceEnd);
      String label = text.substring(referenceEnd, close).strip();
      Optional<String> target = qualified.apply(reference);
      out.append(text, done, start);
      if (target.isPresent()) {
        out.append(plain ? "{@linkplain " : "{@link ")
            .append(target.get())
            .append(' ')
            .append(label.isEmpty() ? shown(reference) : label)
            .append('}');
      } else {
        out.append(label.isEmpty() ? "{@code " + shown(reference) + "}" : label);
      }
      done = close + 1;
    }
    return out.append(text.substring(done)).toString();
  }

  /** Where a reference starting at {@code from} ends: at a space outside its parentheses. */
  private static int referenceEnd(String text, int from) {
    int depth = 0;
    int i = from;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0 && (Character.isWhitespace(c) || c == '}')) {
        break;
      }
    }
    return i;
  }

  /** The brace that closes the inline tag whose content starts at {@code from}, or -1. */
  private static int closingBrace(String text, int from) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '{') {
        depth++;
      } else if (text.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** A reference as Javadoc shows it: {@code #read(String)} as {@code read(String)}. */
  private static String shown(String reference) {
    return reference.startsWith("#") ? reference.substring(1) : reference.replace('#', '.');
  }

  /**
   * This comment with {@code @param <T>} tags following the renaming of type parameters: a key of
   * {@code renamed} is an old name, its value the new one.
   */
  DocComment withTypeParametersRenamed(Map<String, String> renamed) {
    if (renamed.isEmpty()) {
      return this;
    }
    List<Tag> rewritten = new ArrayList<>();
    for (Tag tag : tags) {
      String subject = tag.subject();
      String old =
          subject.startsWith("<") && subject.endsWith(">")
              ? subject.substring(1, subject.length() - 1)
              : null;
      rewritten.add(
          tag.name().equals("param") && renamed.containsKey(old)
              ? new Tag("param", "<" + renamed.get(old) + "> " + tag.detail())
              : tag);
    }
    return new DocComment(description, rewritten);
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
