package dev.asyncify.processor;

import com.palantir.javapoet.ClassName;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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

  /** Names that types the file sees without naming them have: java.lang's, the package's... */
  private final Predicate<String> visible;

  /** ...and the names of the types the file names: with those, no type variable may be called. */
  private final Set<String> named = new HashSet<>();

  /**
   * @param mentioned every type the facade's signatures mention
   * @param visible whether a simple name is that of a type the file sees without naming it
   */
  TypeVariableNaming(List<TypeMirror> mentioned, Predicate<String> visible) {
    this.visible = visible;
    for (TypeMirror type : mentioned) {
      reserve(ClassName.get((TypeElement) ((DeclaredType) type).asElement()));
    }
    GeneratedNames.WRITTEN_TYPES.forEach(this::reserve);
  }

  private void reserve(ClassName name) {
    named.addAll(name.simpleNames());
    named.add(GeneratedNames.packageRoot(name));
  }

  private boolean isReserved(String name) {
    return named.contains(name) || visible.test(name);
  }

  /**
   * New names for those of {@code variables} whose names are reserved or in {@code inScope}, the
   * names of type variables declared around them.
   */
  Map<Element, String> renamed(List<? extends TypeVariable> variables, Set<String> inScope) {
    Set<String> kept = new HashSet<>();
    variables.forEach(variable -> kept.add(nameOf(variable)));
    Map<Element, String> renamed = new LinkedHashMap<>();
    for (TypeVariable variable : variables) {
      String name = nameOf(variable);
      if (isReserved(name) || inScope.contains(name)) {
        int suffix = 2;
        while (isReserved(name + suffix)
            || inScope.contains(name + suffix)
            || !kept.add(name + suffix)) {
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
