package dev.asyncify.processor;

import com.palantir.javapoet.ClassName;
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
    boolean samePackage = ClassName.get(type).packageName().equals(packageName);
    for (Element enclosing = type;
        enclosing instanceof TypeElement;
        enclosing = enclosing.getEnclosingElement()) {
      boolean visible =
          samePackage
              ? !enclosing.getModifiers().contains(Modifier.PRIVATE)
              : enclosing.getModifiers().contains(Modifier.PUBLIC);
      if (!visible) {
        return false;
      }
    }
    return true;
  }
}
