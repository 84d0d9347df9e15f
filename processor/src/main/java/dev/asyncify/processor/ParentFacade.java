package dev.asyncify.processor;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * A parent interface whose facade a facade extends: for {@code @Async UserRepo extends Repo<User,
 * Long>} and {@code @Async Repo<T, ID>}, {@code UserRepoAsync extends RepoAsync<User, Long>}.
 *
 * @param supertype the source's direct superinterface, with its type arguments
 * @param facade the parent's facade, by the parent's name rule
 */
record ParentFacade(DeclaredType supertype, ClassName facade) {

  /** The parent interface. */
  TypeElement parent() {
    return (TypeElement) supertype.asElement();
  }
}
