package dev.asyncify.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Erased types and signatures, by name: the one place that compares or writes them. Names, since
 * compilers disagree on the shape of an erasure (ecj erases {@code Box<String>.Item} to {@code
 * Box<E>.Item}) and on its {@code toString}.
 */
final class Erasure {

  private final Types types;

  Erasure(Types types) {
    this.types = types;
  }

  /** The erasure of {@code type}: a class name, a primitive, or an array of those. */
  TypeName of(TypeMirror type) {
    TypeMirror erased = types.erasure(type);
    return switch (erased.getKind()) {
      case ARRAY -> ArrayTypeName.of(of(((ArrayType) erased).getComponentType()));
      case DECLARED -> ClassName.get((TypeElement) ((DeclaredType) erased).asElement());
      default -> TypeName.get(erased);
    };
  }

  /** The erasures of {@code types}, in order. */
  List<TypeName> of(List<? extends TypeMirror> types) {
    return types.stream().map(this::of).toList();
  }

  /** {@code read(java.lang.String,int[])}: what two methods share when they override-equal. */
  String signature(CharSequence name, List<? extends TypeMirror> parameterTypes) {
    return name
        + of(parameterTypes).stream()
            .map(Erasure::qualified)
            .collect(Collectors.joining(",", "(", ")"));
  }

  /** {@code java.util.Map.Entry}, {@code int[]}: an erasure as a Javadoc reference names it. */
  static String qualified(TypeName erased) {
    if (erased instanceof ArrayTypeName array) {
      return qualified(array.componentType()) + "[]";
    }
    return erased instanceof ClassName name ? name.canonicalName() : erased.toString();
  }

  /** {@code Map.Entry}, {@code int[]}: an erasure as Javadoc shows it, and messages name it. */
  static String shown(TypeName erased) {
    if (erased instanceof ArrayTypeName array) {
      return shown(array.componentType()) + "[]";
    }
    return erased instanceof ClassName name
        ? String.join(".", name.simpleNames())
        : erased.toString();
  }
}
