package dev.asyncify;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Calls the blocking method again when a facade call fails with one of {@link #retryOn()} (and none
 * of {@link #abortOn()}), up to {@link #attempts()} calls in all. Each attempt is a fresh call of
 * the delegate, on the facade's executor, with the caller's context; the wait between attempts
 * holds no thread. Cancelling the facade's future stops the retrying and interrupts the attempt
 * running. The future fails with the last attempt's exception.
 *
 * <p>On a method of an {@link Async} interface, or on the interface for all its methods; a method's
 * own annotation wins. Names and defaults follow MicroProfile Fault Tolerance's where they fit. The
 * processor checks every value at compile time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Retry {

  /**
   * How many calls in all, the first included: at least 1.
   *
   * @return the number of attempts
   */
  int attempts() default 3;

  /**
   * How long to wait before the second attempt, as for {@link Timeout#value()}; {@code "0ms"} to
   * retry at once.
   *
   * @return the first delay
   */
  String delay() default "0ms";

  /**
   * What each delay is multiplied by for the next one: 1 for a constant delay, 2 to double it.
   *
   * @return the factor, at least 1
   */
  double backoff() default 1;

  /**
   * The failures that are retried: a subtype of one of these, and of none of {@link #abortOn()}.
   * Each must be unchecked, or a checked exception the method declares (or a subtype of one).
   *
   * @return the types to retry on
   */
  Class<? extends Throwable>[] retryOn() default {Exception.class};

  /**
   * The failures that are never retried, even where {@link #retryOn()} names a supertype.
   *
   * @return the types to give up on
   */
  Class<? extends Throwable>[] abortOn() default {};
}
