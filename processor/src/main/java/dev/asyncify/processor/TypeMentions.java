package dev.asyncify.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/**
 * The class and interface types that a type mentions anywhere: itself, its type arguments, array
 * components, wildcard and type variable bounds. Types that do not exist yet are included, with
 * kind {@link TypeKind#ERROR}.
 */
final class TypeMentions {

  private final List<TypeMirror> found = new ArrayList<>();
  private final Set<Element> visitedVariables = new HashSet<>();

  private TypeMentions() {}

  static List<TypeMirror> of(Iterable<? extends TypeMirror> types) {
    TypeMentions mentions = new TypeMentions();
    types.forEach(mentions::scan);
    return mentions.found;
  }

  /**
   * The type variables that a written signature names: those {@code uses} use, and those the
   * bounds of the {@code declared} variables use; not the bounds of a variable that is only used,
   * since its declaration is written elsewhere.
   */
  static Set<TypeVariable> variablesWritten(
      List<? extends TypeMirror> uses, List<? extends TypeVariable> declared) {
    Set<TypeVariable> written = new LinkedHashSet<>();
    uses.forEach(use -> collectVariables(use, written));
    declared.forEach(
        variable -> boundsOf(variable).forEach(bound -> collectVariables(bound, written)));
    return written;
  }

  /** The bounds of {@code variable}: its upper bound, or the parts of an intersection. */
  static List<? extends TypeMirror> boundsOf(TypeVariable variable) {
    TypeMirror upper = variable.getUpperBound();
    return upper.getKind() == TypeKind.INTERSECTION
        ? ((IntersectionType) upper).getBounds()
        : List.of(upper);
  }

  private static void collectVariables(TypeMirror type, Set<TypeVariable> written) {
    switch (type.getKind()) {
      case TYPEVAR -> written.add((TypeVariable) type);
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        Nesting.owner(declared).ifPresent(owner -> collectVariables(owner, written));
        declared.getTypeArguments().forEach(argument -> collectVariables(argument, written));
      }
      case ARRAY -> collectVariables(((ArrayType) type).getComponentType(), written);
      case WILDCARD -> {
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          collectVariables(wildcard.getExtendsBound(), written);
        }
        if (wildcard.getSuperBound() != null) {
          collectVariables(wildcard.getSuperBound(), written);
        }
      }
      default -> {}
    }
  }

  private void scan(TypeMirror type) {
    if (type == null) {
      return;
    }
    switch (type.getKind()) {
      case DECLARED, ERROR -> {
        found.add(type);
        DeclaredType declared = (DeclaredType) type;
        Nesting.owner(declared).ifPresent(this::scan);
        declared.getTypeArguments().forEach(this::scan);
      }
      case ARRAY -> scan(((ArrayType) type).getComponentType());
      case WILDCARD -> {
        scan(((WildcardType) type).getExtendsBound());
        scan(((WildcardType) type).getSuperBound());
      }
      case TYPEVAR -> {
        // A bound may mention the variable itself (T extends Comparable<T>): visit it once.
        TypeVariable variable = (TypeVariable) type;
        if (visitedVariables.add(variable.asElement())) {
          scan(variable.getUpperBound());
          scan(variable.getLowerBound());
        }
      }
      case INTERSECTION -> ((IntersectionType) type).getBounds().forEach(this::scan);
      default -> {}
    }
  }
}
