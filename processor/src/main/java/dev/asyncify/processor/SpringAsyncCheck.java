package dev.asyncify.processor;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Warns about an interface that carries Spring's {@code @Async} and not ours: the two share a
 * simple name, an IDE's auto-import can pick the wrong one, and then no facade is written and the
 * code that uses it fails with "cannot find symbol". Only interfaces are looked at: Spring's
 * {@code @Async} on methods and classes is what it is for.
 */
final class SpringAsyncCheck {

  static final String SPRING_ASYNC = "org.springframework.scheduling.annotation.Async";

  private SpringAsyncCheck() {}

  static void check(Element element, Reporter reporter) {
    if (element.getKind() != ElementKind.INTERFACE
        || AnnotationMirrors.find(element, AsyncAnnotation.CANONICAL_NAME).isPresent()) {
      return;
    }
    AnnotationMirrors.find(element, SPRING_ASYNC)
        .ifPresent(
            spring -> {
              TypeElement type = (TypeElement) element;
              reporter.warning(
                  Message.SPRING_ASYNC,
                  type,
                  spring,
                  type.getQualifiedName(),
                  GeneratedNames.defaultFacadeName(ClassName.get(type)));
            });
  }
}
