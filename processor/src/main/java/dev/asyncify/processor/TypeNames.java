package dev.asyncify.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/**
 * The JavaPoet name of a type as it is written at a use site, type-use annotations included ({@code
 * List<@Nullable String>}), which {@link TypeName#get(TypeMirror)} drops. An annotation that code
 * in the facade's package could not name is left out: it is the user's metadata, not part of the
 * type.
 */
final class TypeNames {

  private final String facadePackage;

  /** Type variables written under another name than their own, by declaration. */
  private final Map<Element, String> renamed;

  /**
   * @param facadePackage the package the names are written in
   */
  TypeNames(String facadePackage) {
    this(facadePackage, Map.of());
  }

  private TypeNames(String facadePackage, Map<Element, String> renamed) {
    this.facadePackage = facadePackage;
    this.renamed = Map.copyOf(renamed);
  }

  /** These names, with the type variables declared by the keys of {@code renamed} renamed too. */
  TypeNames renaming(Map<Element, String> renamed) {
    Map<Element, String> all = new HashMap<>(this.renamed);
    all.putAll(renamed);
    return new TypeNames(facadePackage, all);
  }

  /** The name a use of {@code variable} is written with. */
  String variableName(TypeVariable variable) {
    Element declaration = variable.asElement();
    return renamed.getOrDefault(declaration, declaration.getSimpleName().toString());
  }

  TypeName of(TypeMirror type) {
    TypeName name =
        switch (type.getKind()) {
          case DECLARED -> declared((DeclaredType) type);
          case ARRAY -> ArrayTypeName.of(of(((ArrayType) type).getComponentType()));
          case WILDCARD -> wildcard((WildcardType) type);
          // A use of a type variable is its name; its bounds belong to its declaration.
          case TYPEVAR -> TypeVariableName.get(variableName((TypeVariable) type));
          default -> TypeName.get(type);
        };
    // A set: ecj may report one annotation twice on a type.
    Set<AnnotationSpec> annotations = new LinkedHashSet<>();
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      if (Access.isNameableFrom(
          (TypeElement) annotation.getAnnotationType().asElement(), facadePackage)) {
        annotations.add(AnnotationSpec.get(annotation));
      }
    }
    return annotations.isEmpty() ? name : name.annotated(List.copyOf(annotations));
  }

  private TypeName declared(DeclaredType type) {
    ClassName raw = ClassName.get((TypeElement) type.asElement());
    List<TypeName> arguments = new ArrayList<>();
    type.getTypeArguments().forEach(argument -> arguments.add(of(argument)));
    Optional<DeclaredType> owner = Nesting.owner(type);
    if (owner.isPresent() && of(owner.get()) instanceof ParameterizedTypeName outer) {
      // An inner class of a generic class: Outer<String>.Inner<Integer>.
      return outer.nestedClass(raw.simpleName(), arguments);
    }
    return arguments.isEmpty()
        ? raw
        : ParameterizedTypeName.get(raw, arguments.toArray(TypeName[]::new));
  }

  private TypeName wildcard(WildcardType type) {
    if (type.getExtendsBound() != null) {
      return WildcardTypeName.subtypeOf(of(type.getExtendsBound()));
    }
    if (type.getSuperBound() != null) {
      return WildcardTypeName.supertypeOf(of(type.getSuperBound()));
    }
    return WildcardTypeName.subtypeOf(Object.class);
  }
}
