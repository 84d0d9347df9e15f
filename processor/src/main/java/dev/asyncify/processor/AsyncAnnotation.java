package dev.asyncify.processor;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The {@code @Async} annotation on one element, read from its mirror so that the processor needs no
 * class of the annotations jar.
 *
 * @param mirror the annotation, where errors about it are reported
 * @param name the facade name asked for, empty for the default
 * @param nameValue the {@code name} element where it was given, else null
 */
record AsyncAnnotation(AnnotationMirror mirror, String name, AnnotationValue nameValue) {

  static final String CANONICAL_NAME = "dev.asyncify.Async";

  /** The {@code @Async} annotation present on {@code element}. */
  static AsyncAnnotation on(Element element, TypeElement annotationType) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().equals(annotationType)) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
            mirror.getElementValues().entrySet()) {
          if (entry.getKey().getSimpleName().contentEquals("name")) {
            return new AsyncAnnotation(
                mirror, (String) entry.getValue().getValue(), entry.getValue());
          }
        }
        return new AsyncAnnotation(mirror, "", null);
      }
    }
    throw new IllegalArgumentException(element + " is not annotated @" + CANONICAL_NAME);
  }
}
