package dev.asyncify;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * At most {@link #value()} calls running at once through one facade: of the method it is on, or of
 * all the methods of the interface it is on, which then share the limit (a method's own annotation
 * gives it a limit of its own). The other calls wait in a queue, in the order they were made; the
 * caller never blocks. A call counts from its start to its end, its retries and the waits between
 * them included.
 *
 * <p>Not for methods that return a {@code CompletionStage}: such a call ends when the method
 * returns, long before the stage it started does, so the limit would not mean what it says; the
 * processor rejects it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Limit {

  /**
   * How many calls may run at once: at least 1.
   *
   * @return the limit
   */
  int value();
}
