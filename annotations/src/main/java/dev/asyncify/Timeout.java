package dev.asyncify;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fails a facade call with {@code java.util.concurrent.TimeoutException} when it takes longer than
 * the duration, after cancelling it and interrupting the blocking call (so nobody sees the timeout
 * while the call could still complete the future). On a method of an {@link Async} interface, or on
 * the interface for all its methods; a method's own annotation wins.
 *
 * <p>With {@link Retry}, the timeout applies to each attempt. The processor checks the duration at
 * compile time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Timeout {

  /**
   * How long a call may take: a positive number and a unit, {@code "500ms"}, {@code "2s"}, {@code
   * "1m"} or {@code "1h"}, or an ISO-8601 duration such as {@code "PT1.5S"}.
   *
   * @return the duration
   */
  String value();
}
