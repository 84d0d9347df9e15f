package dev.asyncify.processor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The one reading of what a facade's future holds for a method's result: the stage a method returns
 * (a CompletionStage, or any subtype of it), and the value of the future otherwise.
 */
final class StageTypes {

  private final Elements elements;
  private final Types types;
  private final TypeMirror completionStage;

  StageTypes(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.completionStage =
        types.erasure(elements.getTypeElement(CompletionStage.class.getCanonicalName()).asType());
  }

  /** {@code type} seen as the CompletionStage it is, if it is one. */
  Optional<DeclaredType> asCompletionStage(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED
        || !types.isSubtype(types.erasure(type), completionStage)) {
      return Optional.empty();
    }
    Deque<TypeMirror> pending = new ArrayDeque<>(List.of(type));
    while (!pending.isEmpty()) {
      TypeMirror candidate = pending.removeFirst();
      if (types.isSameType(types.erasure(candidate), completionStage)) {
        return Optional.of((DeclaredType) candidate);
      }
      pending.addAll(types.directSupertypes(candidate));
    }
    return Optional.empty();
  }

  /**
   * The type of the value of the future a facade method returns for a result of {@code type}, to
   * compare two methods' futures: boxed, {@code Void} for void, the stage's value, {@code Object}
   * for a raw stage.
   */
  TypeMirror futureValue(TypeMirror type) {
    if (type.getKind() == TypeKind.VOID) {
      return elements.getTypeElement(Void.class.getCanonicalName()).asType();
    }
    if (type.getKind().isPrimitive()) {
      return types.boxedClass((PrimitiveType) type).asType();
    }
    return asCompletionStage(type)
        .map(
            stage ->
                stage.getTypeArguments().isEmpty()
                    ? elements.getTypeElement(Object.class.getCanonicalName()).asType()
                    : stage.getTypeArguments().get(0))
        .orElse(type);
  }
}
