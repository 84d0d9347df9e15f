package dev.asyncify;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the asyncify processor to write asynchronous facades of interfaces you do not own, such as
 * those of the JDK or of a library, with the same contract as {@link Async}:
 *
 * <pre>{@code
 * @AsyncOf({java.sql.Connection.class, com.example.LegacyClient.class})
 * package com.example.db;
 * }</pre>
 *
 * <p>The facades are written in the package of the annotated type or package, named as for {@link
 * Async}: {@code ConnectionAsync}, {@code LegacyClientAsync}, and {@code Map_EntryAsync} for the
 * nested {@code Map.Entry}. Each listed type must be an interface that code in that package can
 * see.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface AsyncOf {

  /**
   * The interfaces to write facades for.
   *
   * @return the interfaces
   */
  Class<?>[] value();
}
