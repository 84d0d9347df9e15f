package dev.asyncify.processor;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Types as code in one module sees them. In a named module a type on the module path is there only
 * when the module reads the module that exports it; generated code placed in that module must not
 * name other types.
 */
final class ModuleView {

  private ModuleView() {}

  /** The type called {@code canonicalName}, if code next to {@code element} can name it. */
  static Optional<TypeElement> type(Elements elements, Element element, String canonicalName) {
    ModuleElement module = elements.getModuleOf(element);
    return Optional.ofNullable(
        module == null || module.isUnnamed()
            ? elements.getTypeElement(canonicalName)
            : elements.getTypeElement(module, canonicalName));
  }

  /** The name of the named module {@code element} is in, if it is in one. */
  static Optional<String> namedModule(Elements elements, Element element) {
    ModuleElement module = elements.getModuleOf(element);
    return module == null || module.isUnnamed()
        ? Optional.empty()
        : Optional.of(module.getQualifiedName().toString());
  }
}
