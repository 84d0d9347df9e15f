package dev.asyncify.processor;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The durations of {@code @Timeout} and {@code @Retry(delay)}: {@code 500ms}, {@code 2s}, {@code
 * PT1.5S}.
 */
final class PolicyDuration {

  private static final Pattern SHORT = Pattern.compile("(\\d{1,12})(ms|s|m|h)");

  private PolicyDuration() {}

  /** The duration {@code text} says, or empty if it says none. */
  static Optional<Duration> parse(String text) {
    Matcher shortForm = SHORT.matcher(text);
    if (shortForm.matches()) {
      long amount = Long.parseLong(shortForm.group(1));
      return Optional.of(
          switch (shortForm.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
          });
    }
    try {
      return Optional.of(Duration.parse(text));
    } catch (DateTimeParseException notIso) {
      return Optional.empty();
    }
  }
}
