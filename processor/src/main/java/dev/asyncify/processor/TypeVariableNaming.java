package dev.asyncify.processor;

import com.palantir.javapoet.ClassName;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

/**
 * The names a facade writes type variables with: the source's own, unless that name would hide a
 * type the file names or sees, hide the first segment of a qualified name, or capture a type
 * variable of the facade. Then the variable gets the old name with a number, free of all of those,
 * and its uses follow (see {@link TypeNames#renaming}).
 *
 * <p>Capture is the case that breaks code: inherited by {@code Sub<T> extends Base<T>}, the method
 * {@code <T> T conv(T t, U u)} of {@code Base<U>} mentions two different {@code T}s. Hiding a type
 * only draws ecj's warning, but the facade is generated code and must draw none.
 */
final class TypeVariableNaming {

  /** The names no type variable of the facade may have. */
  private final Set<String> reserved;

  /**
   * @param mentioned every type the facade's signatures mention
   * @param visible simple names of types the file sees without naming them: those of {@code
   *     java.lang} and of the facade's own package
   */
  TypeVariableNaming(List<TypeMirror> mentioned, Set<String> visible) {
    reserved = new HashSet<>(visible);
    for (TypeMirror type : mentioned) {
      reserve(ClassName.get((TypeElement) ((DeclaredType) type).asElement()));
    }
    GeneratedNames.WRITTEN_TYPES.forEach(this::reserve);
  }

  private void reserve(ClassName name) {
    reserved.addAll(name.simpleNames());
    reserved.add(GeneratedNames.packageRoot(name));
  }

  /**
   * New names for those of {@code variables} whose names are reserved or in {@code inScope}, the
   * names of type variables declared around them.
   */
  Map<Element, String> renamed(List<? extends TypeVariable> variables, Set<String> inScope) {
    Set<String> taken = new HashSet<>(reserved);
    taken.addAll(inScope);
    variables.forEach(variable -> taken.add(nameOf(variable)));
    Map<Element, String> renamed = new LinkedHashMap<>();
    for (TypeVariable variable : variables) {
      String name = nameOf(variable);
      if (reserved.contains(name) || inScope.contains(name)) {
        int suffix = 2;
        while (!taken.add(name + suffix)) {
          suffix++;
        }
        renamed.put(variable.asElement(), name + suffix);
      }
    }
    return renamed;
  }

  private static String nameOf(TypeVariable variable) {
    return variable.asElement().getSimpleName().toString();
  }
}
