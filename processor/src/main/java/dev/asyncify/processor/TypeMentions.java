package dev.asyncify.processor;

import java.util.ArrayList;
import java.util.HashSet;
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

  private void scan(TypeMirror type) {
    if (type == null) {
      return;
    }
    switch (type.getKind()) {
      case DECLARED, ERROR -> {
        found.add(type);
        DeclaredType declared = (DeclaredType) type;
        scan(declared.getEnclosingType());
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
