package dev.asyncify.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeParameterElement;
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
   * The bounds of {@code variable}: its upper bound, or the parts of an intersection. javac gives
   * several bounds as an intersection; ecj gives the variable itself as its own upper bound, and
   * the bounds (substituted, where javac's element keeps them as declared) on its element.
   */
  static List<? extends TypeMirror> boundsOf(TypeVariable variable) {
    TypeMirror upper = variable.getUpperBound();
    if (upper.getKind() == TypeKind.INTERSECTION) {
      return ((IntersectionType) upper).getBounds();
    }
    if (upper.getKind() == TypeKind.TYPEVAR
        && ((TypeVariable) upper).asElement().equals(variable.asElement())) {
      return ((TypeParameterElement) variable.asElement()).getBounds();
    }
    return List.of(upper);
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
          boundsOf(variable).forEach(this::scan);
          scan(variable.getLowerBound());
        }
      }
      case INTERSECTION -> ((IntersectionType) type).getBounds().forEach(this::scan);
      default -> {}
    }
  }
}
