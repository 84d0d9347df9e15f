package dev.asyncify.processor;

import com.palantir.javapoet.ClassName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks that a facade can be written for an {@code @Async} element, and reports every reason it
 * cannot, each on the narrowest element.
 */
final class FacadeValidator {

  static final String RUNTIME_TASKS = "dev.asyncify.runtime.Tasks";

  private final Elements elements;
  private final Types types;
  /** The facade names claimed so far in this compilation, with the interface of each. */
  private final Map<ClassName, String> claimedNames = new HashMap<>();

  FacadeValidator(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * The name of the facade of {@code element} when the annotation is usable there, else empty
   * after reporting why.
   */
  Optional<ClassName> validateInterface(
      Element element, AsyncAnnotation annotation, Reporter reporter) {
    if (element.getKind() != ElementKind.INTERFACE) {
      reporter.error(
          Message.NOT_AN_INTERFACE, element, annotation.mirror(), element, kindName(element));
      return Optional.empty();
    }
    TypeElement source = (TypeElement) element;
    ClassName sourceName = ClassName.get(source);
    String defaultName = String.join("_", sourceName.simpleNames()) + "Async";
    privateType(source)
        .ifPresent(
            hidden ->
                reporter.error(
                    Message.PRIVATE_INTERFACE,
                    source,
                    annotation.mirror(),
                    sourceName.canonicalName(),
                    defaultName,
                    hidden.getSimpleName()));
    if (elements.getTypeElement(RUNTIME_TASKS) == null) {
      reporter.error(Message.RUNTIME_MISSING, source, annotation.mirror(), sourceName);
    }
    String simpleName = annotation.name().isEmpty() ? defaultName : annotation.name();
    if (!isIdentifier(simpleName)) {
      reporter.error(
          Message.INVALID_NAME,
          source,
          annotation.mirror(),
          annotation.nameValue(),
          simpleName,
          defaultName);
      return Optional.empty();
    }
    ClassName facadeName = ClassName.get(sourceName.packageName(), simpleName);
    String claimant =
        claimedNames.putIfAbsent(facadeName, source.getQualifiedName().toString());
    if (claimant != null && !claimant.contentEquals(source.getQualifiedName())) {
      reporter.error(
          Message.NAME_SHARED,
          source,
          annotation.mirror(),
          annotation.nameValue(),
          sourceName,
          facadeName,
          claimant);
    } else if (elements.getTypeElement(facadeName.canonicalName()) != null) {
      reporter.error(
          Message.NAME_TAKEN,
          source,
          annotation.mirror(),
          annotation.nameValue(),
          sourceName,
          facadeName);
    }
    return reporter.reportedErrors() ? Optional.empty() : Optional.of(facadeName);
  }

  /**
   * Reports every member whose facade method would clash with the facade's own factory methods,
   * {@code of(Foo)} and {@code of(Foo, Executor)}.
   */
  void validateMembers(
      TypeElement source,
      ClassName facadeName,
      List<MethodCollector.Member> members,
      Reporter reporter) {
    TypeMirror sourceErasure = types.erasure(source.asType());
    TypeMirror executor = elements.getTypeElement(Executor.class.getCanonicalName()).asType();
    List<List<TypeMirror>> factorySignatures =
        List.of(List.of(sourceErasure), List.of(sourceErasure, executor));
    for (MethodCollector.Member member : members) {
      ExecutableElement method = member.element();
      if (method.getSimpleName().contentEquals("of")
          && factorySignatures.stream()
              .anyMatch(signature -> hasErasedParameters(member, signature))) {
        String factory =
            "of("
                + String.join(
                    ", ",
                    member.type().getParameterTypes().stream()
                        .map(type -> types.asElement(types.erasure(type)).getSimpleName())
                        .toList())
                + ")";
        Element declaring = method.getEnclosingElement();
        String described = declaring.equals(source) ? factory : declaring.getSimpleName() + "." + factory;
        reporter.error(
            Message.FACTORY_CLASH,
            declaring.equals(source) ? method : source,
            described,
            factory,
            facadeName.simpleName());
      }
    }
  }

  private boolean hasErasedParameters(MethodCollector.Member member, List<TypeMirror> erased) {
    List<? extends TypeMirror> parameters = member.type().getParameterTypes();
    if (parameters.size() != erased.size()) {
      return false;
    }
    for (int i = 0; i < erased.size(); i++) {
      if (!types.isSameType(types.erasure(parameters.get(i)), erased.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The interface itself or the first enclosing type that is private, which hides it. */
  private static Optional<TypeElement> privateType(TypeElement source) {
    for (Element type = source;
        type instanceof TypeElement;
        type = type.getEnclosingElement()) {
      if (type.getModifiers().contains(Modifier.PRIVATE)) {
        return Optional.of((TypeElement) type);
      }
    }
    return Optional.empty();
  }

  private static boolean isIdentifier(String name) {
    return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name);
  }

  private static String kindName(Element element) {
    return switch (element.getKind()) {
      case ENUM -> "an enum";
      case RECORD -> "a record";
      case ANNOTATION_TYPE -> "an annotation type";
      default -> "a class";
    };
  }
}
