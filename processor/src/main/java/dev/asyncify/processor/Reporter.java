package dev.asyncify.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Reports errors from the {@link Message} catalogue on the narrowest place it knows, and remembers
 * whether any was reported, so that a caller can validate everything and then decide.
 */
final class Reporter {

  private final Messager messager;
  private boolean reported;

  Reporter(Messager messager) {
    this.messager = messager;
  }

  void error(Message message, Element element, Object... arguments) {
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(arguments), element);
    reported = true;
  }

  void error(Message message, Element element, AnnotationMirror annotation, Object... arguments) {
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(arguments), element, annotation);
    reported = true;
  }

  /** A warning: a likely mistake that is still legal Java, which {@code -Werror} can make fatal. */
  void warning(Message message, Element element, AnnotationMirror annotation, Object... arguments) {
    messager.printMessage(Diagnostic.Kind.WARNING, message.format(arguments), element, annotation);
  }

  /** A note: something the user may want to know, which never fails a build. */
  void note(Message message, Element element, Object... arguments) {
    messager.printMessage(Diagnostic.Kind.NOTE, message.format(arguments), element);
  }

  void error(Message message, Site site, Object... arguments) {
    error(message, site.element(), site.annotation(), site.value(), arguments);
  }

  void error(
      Message message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Object... arguments) {
    messager.printMessage(
        Diagnostic.Kind.ERROR, message.format(arguments), element, annotation, value);
    reported = true;
  }

  /**
   * Reports about {@code narrowest}, the facade's source interface or one of its methods: on it
   * when the annotated interface declares it, on that interface when it inherits it, and for
   * {@code @AsyncOf} on the class literal that listed the interface.
   */
  void error(Message message, FacadeRequest request, Element narrowest, Object... arguments) {
    if (!request.sourceIsAnnotated()) {
      error(message, request.site(), arguments);
      return;
    }
    TypeElement source = request.source();
    boolean declaredThere =
        narrowest.equals(source) || narrowest.getEnclosingElement().equals(source);
    error(message, declaredThere ? narrowest : source, arguments);
  }

  /** Whether an error was reported since this reporter was made. */
  boolean reportedErrors() {
    return reported;
  }
}
