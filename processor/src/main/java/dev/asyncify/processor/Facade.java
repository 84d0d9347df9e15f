package dev.asyncify.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Everything the writer needs to know about one facade, and nothing about elements.
 *
 * @param name the facade interface, {@code p.FooAsync}
 * @param source the interface it wraps, {@code p.Foo}
 * @param typeVariables the source's type parameters with their bounds, which the facade repeats
 * @param isPublic whether the facade is public: the source and every type enclosing it are
 * @param deprecated whether the source is deprecated, and so the facade too
 * @param markedGenerated whether the facade is marked
 *     {@code @javax.annotation.processing.Generated}: not in a named module that does not read
 *     {@code java.compiler}, where it could not see it
 * @param parents the facades it extends, with their type arguments: {@code RepoAsync<User, Long>}
 * @param methods the facade's methods, in the order of the source's
 * @param sharedLimit the interface's {@code @Limit}, whose permits its methods share
 * @param javaLangShadowed simple names of {@code java.lang} types that a type of the facade's own
 *     package also has ({@code Override}, {@code Integer}): the file must write those qualified
 */
record Facade(
    ClassName name,
    ClassName source,
    List<TypeVariableName> typeVariables,
    boolean isPublic,
    boolean deprecated,
    boolean markedGenerated,
    List<TypeName> parents,
    List<FacadeMethod> methods,
    OptionalInt sharedLimit,
    SortedSet<String> javaLangShadowed) {

  Facade {
    typeVariables = List.copyOf(typeVariables);
    parents = List.copyOf(parents);
    methods = List.copyOf(methods);
    javaLangShadowed = Collections.unmodifiableSortedSet(new TreeSet<>(javaLangShadowed));
  }

  /** Whether any method has a timeout, a retry or a limit, and so the facade needs a scheduler. */
  boolean hasPolicies() {
    return methods.stream().anyMatch(method -> method.policy().isPresent());
  }

  /** {@code Foo<T>}: the source interface applied to the facade's type variables. */
  TypeName sourceType() {
    return parameterized(source);
  }

  /** {@code FooAsync<T>}: the facade applied to its own type variables. */
  TypeName facadeType() {
    return parameterized(name);
  }

  private TypeName parameterized(ClassName raw) {
    return typeVariables.isEmpty()
        ? raw
        : ParameterizedTypeName.get(raw, typeVariables.toArray(TypeName[]::new));
  }
}
