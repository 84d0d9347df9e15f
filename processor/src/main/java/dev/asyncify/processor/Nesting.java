package dev.asyncify.processor;

import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Which declared types have an owner that carries type arguments, by the language's rules rather
 * than by what a compiler reports: ecj gives a static nested type such as {@code Map.Entry} a
 * parameterized enclosing type, javac gives none. Every walk out through enclosing types goes
 * through here.
 */
final class Nesting {

  private Nesting() {}

  /**
   * The type that {@code type} is an inner class of, as in {@code Outer<String>.Inner}; empty for a
   * top-level type and for every static member type: one declared {@code static}, an interface,
   * enum, record or annotation type, and any member of an interface.
   */
  static Optional<DeclaredType> owner(DeclaredType type) {
    TypeMirror enclosing = type.getEnclosingType();
    return enclosing.getKind() == TypeKind.DECLARED && isInner((TypeElement) type.asElement())
        ? Optional.of((DeclaredType) enclosing)
        : Optional.empty();
  }

  private static boolean isInner(TypeElement type) {
    return type.getNestingKind() == NestingKind.MEMBER
        && type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.STATIC)
        && type.getEnclosingElement().getKind().isClass();
  }
}
