package dev.asyncify.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The {@code @AsyncOf} annotation on one type or package, read from its mirror.
 *
 * @param mirror the annotation
 * @param entries the listed types, each with its value in the annotation, in order
 */
record AsyncOfAnnotation(AnnotationMirror mirror, List<Entry> entries) {

  static final String CANONICAL_NAME = "dev.asyncify.AsyncOf";

  /**
   * One listed type.
   *
   * @param type the class literal's type, of kind ERROR if it does not exist (yet)
   * @param value the class literal in the annotation, where errors about it are reported
   */
  record Entry(TypeMirror type, AnnotationValue value) {
    boolean isResolved() {
      return type != null && type.getKind() != TypeKind.ERROR;
    }
  }

  /** The {@code @AsyncOf} annotation present on {@code element}. */
  static AsyncOfAnnotation on(Element element, TypeElement annotationType) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().equals(annotationType)) {
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> member :
            mirror.getElementValues().entrySet()) {
          if (member.getKey().getSimpleName().contentEquals("value")
              && member.getValue().getValue() instanceof List<?> listed) {
            for (Object item : listed) {
              AnnotationValue value = (AnnotationValue) item;
              // A class literal of a type that does not exist reads as a string, not a type.
              TypeMirror type = value.getValue() instanceof TypeMirror mirrored ? mirrored : null;
              entries.add(new Entry(type, value));
            }
          }
        }
        return new AsyncOfAnnotation(mirror, entries);
      }
    }
    throw new IllegalArgumentException(element + " is not annotated @" + CANONICAL_NAME);
  }
}
