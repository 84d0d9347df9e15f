package dev.asyncify.processor;

import com.palantir.javapoet.ClassName;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * A parent interface whose facade a facade extends: for {@code @Async UserRepo extends Repo<User,
 * Long>} and {@code @Async Repo<T, ID>}, {@code UserRepoAsync extends RepoAsync<User, Long>}.
 *
 * @param supertype the source's direct superinterface, with its type arguments
 * @param facade the parent's facade, by the parent's name rule
 * @param methodSignatures the erased signatures of the parent's methods as members of {@code
 *     supertype}: the methods the parent's facade has, which the facade marks {@code @Override}
 */
record ParentFacade(DeclaredType supertype, ClassName facade, Set<String> methodSignatures) {

  ParentFacade {
    methodSignatures = Set.copyOf(methodSignatures);
  }

  /** The parent interface. */
  TypeElement parent() {
    return (TypeElement) supertype.asElement();
  }
}
