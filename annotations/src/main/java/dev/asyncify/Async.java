package dev.asyncify;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the asyncify processor to write an asynchronous facade of the annotated interface.
 *
 * <p>For {@code @Async interface UserRepo} the processor writes, in the same package, an interface
 * {@code UserRepoAsync} with one method for every method of {@code UserRepo}. Each facade method
 * returns a {@link java.util.concurrent.CompletableFuture} at once and runs the blocking call on an
 * executor:
 *
 * <pre>{@code
 * UserRepoAsync repo = UserRepoAsync.of(new JdbcUserRepo(dataSource));
 * CompletableFuture<User> user = repo.find(42L);
 * }</pre>
 *
 * <p>A nested interface {@code Outer.Inner} gives {@code Outer_InnerAsync}. The interface and every
 * type that encloses it must not be private.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Async {

  /**
   * The simple name of the generated facade, in the package of the annotated interface. Empty (the
   * default) means the interface's name, with enclosing type names joined by {@code _}, followed by
   * {@code Async}.
   *
   * @return the facade's simple name, or an empty string for the default name
   */
  String name() default "";
}
