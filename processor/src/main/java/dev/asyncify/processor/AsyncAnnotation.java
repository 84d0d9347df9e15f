package dev.asyncify.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
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
        return of(mirror);
      }
    }
    throw new IllegalArgumentException(element + " is not annotated @" + CANONICAL_NAME);
  }

  /** The {@code @Async} that {@code mirror} is. */
  static AsyncAnnotation of(AnnotationMirror mirror) {
    return AnnotationMirrors.explicitValue(mirror, "name")
        .map(value -> new AsyncAnnotation(mirror, (String) value.getValue(), value))
        .orElseGet(() -> new AsyncAnnotation(mirror, "", null));
  }
}
