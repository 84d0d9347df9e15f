package dev.asyncify.processor;

import com.palantir.javapoet.ClassName;
import java.util.Optional;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/** Which types generated code in a package can name. */
final class Access {

  private Access() {}

  /**
   * Whether code in {@code packageName} can name {@code type}: in the same package when neither it
   * nor a type around it is private, elsewhere when it and every type around it are public.
   */
  static boolean isNameableFrom(TypeElement type, String packageName) {
    return ClassName.get(type).packageName().equals(packageName)
        ? privateType(type).isEmpty()
        : isPublicAllTheWay(type);
  }

  /** Whether {@code type} and every type around it are public. */
  static boolean isPublicAllTheWay(TypeElement type) {
    return firstOutward(type, enclosing -> !enclosing.getModifiers().contains(Modifier.PUBLIC))
        .isEmpty();
  }

  /** {@code type} itself or the first type around it that is private, which hides it. */
  static Optional<TypeElement> privateType(TypeElement type) {
    return firstOutward(type, enclosing -> enclosing.getModifiers().contains(Modifier.PRIVATE));
  }

  /** The first of {@code type} and the types around it, inside out, that {@code test} accepts. */
  private static Optional<TypeElement> firstOutward(TypeElement type, Predicate<Element> test) {
    for (Element enclosing = type;
        enclosing instanceof TypeElement;
        enclosing = enclosing.getEnclosingElement()) {
      if (test.test(enclosing)) {
        return Optional.of((TypeElement) enclosing);
      }
    }
    return Optional.empty();
  }
}
