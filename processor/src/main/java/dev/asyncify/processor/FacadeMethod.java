package dev.asyncify.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One method of a facade: the source method's signature as a member of the source interface, with
 * what the returned future completes with.
 *
 * @param name the method's name
 * @param typeVariables the method's own type parameters, with bounds
 * @param parameters the parameters with their source names
 * @param varargs whether the last parameter is variable arity
 * @param result what the source method returns, and so what the future holds
 * @param deprecated whether the source method is deprecated
 * @param overridesParent whether a facade the facade extends has this method too
 * @param policy its timeout, retry and limit
 * @param suppressedWarnings warnings the signature would raise in the generated code, which the
 *     user's own interface already raised where it declared it: {@code rawtypes}, {@code
 *     deprecation}, {@code unchecked} for a non-reifiable varargs type
 * @param declaringType the interface that declares the source method, for the javadoc link
 * @param erasedParameterTypes the erased parameter types of the declaration, for the javadoc link
 * @param doc the source method's Javadoc, when it has one in this compilation
 */
record FacadeMethod(
    String name,
    List<TypeVariableName> typeVariables,
    List<Parameter> parameters,
    boolean varargs,
    Result result,
    boolean deprecated,
    boolean overridesParent,
    MethodPolicy policy,
    SortedSet<String> suppressedWarnings,
    ClassName declaringType,
    List<TypeName> erasedParameterTypes,
    Optional<DocComment> doc) {

  FacadeMethod {
    typeVariables = List.copyOf(typeVariables);
    parameters = List.copyOf(parameters);
    suppressedWarnings = Collections.unmodifiableSortedSet(new TreeSet<>(suppressedWarnings));
    erasedParameterTypes = List.copyOf(erasedParameterTypes);
  }

  /**
   * A parameter of a facade method.
   *
   * @param type its type as a member of the source interface, with its type-use annotations
   * @param name its name in the source
   */
  record Parameter(TypeName type, String name) {}

  /**
   * What a source method returns.
   *
   * @param kind how the facade gets the future's value from it
   * @param valueType the type of the future's value: boxed, {@code Void} for void, the stage's type
   *     argument for a stage
   */
  record Result(Kind kind, TypeName valueType) {

    enum Kind {
      /** A value, boxed when primitive: the future completes with it. */
      VALUE,
      /** void: the future completes with null. */
      VOID,
      /** A CompletionStage or a subtype: the future completes as that stage does. */
      STAGE,
      /** A raw CompletionStage or subtype: as STAGE, with a value of unknown type. */
      RAW_STAGE
    }
  }
}
