package dev.asyncify.processor;

import com.palantir.javapoet.ClassName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads and checks the {@code @Timeout}, {@code @Retry} and {@code @Limit} of a facade's methods,
 * each method's own or else its interface's, reporting each fault on the annotation value at fault.
 */
final class PolicyValidator {

  static final String TIMEOUT = "dev.asyncify.Timeout";
  static final String RETRY = "dev.asyncify.Retry";
  static final String LIMIT = "dev.asyncify.Limit";

  /**
   * The policies of a facade.
   *
   * @param methods each method's, in the order of the members
   * @param sharedLimit the interface's {@code @Limit}, which its methods share
   */
  record Policies(List<MethodPolicy> methods, OptionalInt sharedLimit) {
    Policies {
      methods = List.copyOf(methods);
    }

    boolean isPresent() {
      return methods.stream().anyMatch(MethodPolicy::isPresent);
    }
  }

  /** One annotation where it stands, to read values from and to report on. */
  private record Found(Element element, AnnotationMirror mirror) {
    Site site(String valueName) {
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
          mirror.getElementValues().entrySet()) {
        if (entry.getKey().getSimpleName().contentEquals(valueName)) {
          return new Site(element, mirror, entry.getValue());
        }
      }
      return new Site(element, mirror, null);
    }
  }

  private final Elements elements;
  private final Types types;

  PolicyValidator(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  Policies validate(
      FacadeRequest request, List<MethodCollector.Member> members, Reporter reporter) {
    TypeElement source = request.source();
    Optional<Found> sharedLimit = find(source, LIMIT);
    OptionalInt shared = OptionalInt.empty();
    if (sharedLimit.isPresent()) {
      int value = intValue(sharedLimit.get(), "value");
      if (value < 1) {
        report(
            reporter,
            Message.POLICY_VALUE,
            sharedLimit.get(),
            "value",
            "@Limit",
            source,
            value,
            "at least 1");
      } else {
        shared = OptionalInt.of(value);
      }
    }
    List<MethodPolicy> policies = new ArrayList<>();
    for (MethodCollector.Member member : members) {
      policies.add(policyOf(member, source, shared.isPresent(), reporter));
    }
    return new Policies(policies, shared);
  }

  private MethodPolicy policyOf(
      MethodCollector.Member member,
      TypeElement source,
      boolean interfaceLimited,
      Reporter reporter) {
    ExecutableElement method = member.element();
    String methodName = source.getSimpleName() + "." + method.getSimpleName() + "()";
    Optional<Duration> timeout = Optional.empty();
    Optional<Found> timeoutFound = find(method, TIMEOUT).or(() -> find(source, TIMEOUT));
    if (timeoutFound.isPresent()) {
      timeout = duration(timeoutFound.get(), "value", "@Timeout", methodName, false, reporter);
    }
    int attempts = 1;
    Duration delay = Duration.ZERO;
    double backoff = 1;
    List<ClassName> retryOn = List.of();
    List<ClassName> abortOn = List.of();
    Optional<Found> retry = find(method, RETRY).or(() -> find(source, RETRY));
    if (retry.isPresent()) {
      Found found = retry.get();
      attempts = intValue(found, "attempts");
      if (attempts < 1) {
        report(
            reporter,
            Message.POLICY_VALUE,
            found,
            "attempts",
            "@Retry(attempts)",
            methodName,
            attempts,
            "at least 1");
      }
      delay =
          duration(found, "delay", "@Retry(delay)", methodName, true, reporter)
              .orElse(Duration.ZERO);
      backoff = (Double) value(found, "backoff").getValue();
      if (!(backoff >= 1)) {
        report(
            reporter,
            Message.POLICY_VALUE,
            found,
            "backoff",
            "@Retry(backoff)",
            methodName,
            backoff,
            "at least 1");
      }
      List<TypeMirror> retried = types(found, "retryOn");
      List<TypeMirror> aborted = types(found, "abortOn");
      for (TypeMirror type : retried) {
        if (isChecked(type) && !mayThrow(member, type)) {
          report(
              reporter,
              Message.RETRY_ON_UNTHROWN,
              found,
              "retryOn",
              methodName,
              type,
              method.getSimpleName() + "()",
              member.type().getThrownTypes().isEmpty()
                  ? "no checked exception"
                  : member.type().getThrownTypes().stream()
                      .map(TypeMirror::toString)
                      .collect(Collectors.joining(", ")));
        }
        if (aborted.stream().anyMatch(other -> types.isSameType(other, type))) {
          report(reporter, Message.RETRY_ON_ABORT_ON, found, "abortOn", methodName, type);
        }
      }
      retryOn = classNames(retried);
      abortOn = classNames(aborted);
    }
    OptionalInt ownLimit = OptionalInt.empty();
    Optional<Found> limit = find(method, LIMIT);
    boolean returnsStage = isStage(member.type().getReturnType());
    if (limit.isPresent()) {
      int value = intValue(limit.get(), "value");
      if (value < 1) {
        report(
            reporter,
            Message.POLICY_VALUE,
            limit.get(),
            "value",
            "@Limit",
            methodName,
            value,
            "at least 1");
      } else if (returnsStage) {
        report(
            reporter,
            Message.LIMIT_ON_STAGE,
            limit.get(),
            "value",
            methodName,
            member.type().getReturnType());
      } else {
        ownLimit = OptionalInt.of(value);
      }
    }
    // An interface's limit leaves out the methods that return a stage: see @Limit.
    boolean sharedLimit =
        ownLimit.isEmpty() && limit.isEmpty() && interfaceLimited && !returnsStage;
    return new MethodPolicy(
        timeout, attempts, delay, backoff, retryOn, abortOn, ownLimit, sharedLimit);
  }

  private Optional<Duration> duration(
      Found found,
      String name,
      String what,
      String methodName,
      boolean zeroAllowed,
      Reporter reporter) {
    String text = (String) value(found, name).getValue();
    Optional<Duration> parsed = PolicyDuration.parse(text);
    if (parsed.isEmpty()) {
      report(reporter, Message.POLICY_DURATION, found, name, what, methodName, text);
      return Optional.empty();
    }
    Duration duration = parsed.get();
    if (duration.isNegative() || (duration.isZero() && !zeroAllowed)) {
      report(
          reporter,
          Message.POLICY_VALUE,
          found,
          name,
          what,
          methodName,
          "\"" + text + "\"",
          zeroAllowed ? "zero or more" : "more than zero");
      return Optional.empty();
    }
    return parsed;
  }

  /** Whether {@code type} is a checked exception more specific than Exception itself. */
  private boolean isChecked(TypeMirror type) {
    TypeMirror exception = elements.getTypeElement("java.lang.Exception").asType();
    TypeMirror runtime = elements.getTypeElement("java.lang.RuntimeException").asType();
    return types.isSubtype(type, exception)
        && !types.isSubtype(type, runtime)
        && !types.isSameType(type, exception);
  }

  /**
   * Whether the method can throw {@code type}, or a subtype of it: one of its throws is related.
   */
  private boolean mayThrow(MethodCollector.Member member, TypeMirror type) {
    return member.type().getThrownTypes().stream()
        .anyMatch(thrown -> types.isSubtype(thrown, type) || types.isSubtype(type, thrown));
  }

  private static List<ClassName> classNames(List<TypeMirror> types) {
    return types.stream()
        .map(type -> ClassName.get((TypeElement) ((DeclaredType) type).asElement()))
        .toList();
  }

  private Optional<Found> find(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement())
          .getQualifiedName()
          .contentEquals(annotation)) {
        return Optional.of(new Found(element, mirror));
      }
    }
    return Optional.empty();
  }

  private AnnotationValue value(Found found, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(found.mirror()).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    throw new IllegalStateException(found.mirror() + " has no value " + name);
  }

  private int intValue(Found found, String name) {
    return (Integer) value(found, name).getValue();
  }

  private List<TypeMirror> types(Found found, String name) {
    List<TypeMirror> listed = new ArrayList<>();
    for (Object entry : (List<?>) value(found, name).getValue()) {
      listed.add((TypeMirror) ((AnnotationValue) entry).getValue());
    }
    return listed;
  }

  private static void report(
      Reporter reporter, Message message, Found found, String valueName, Object... arguments) {
    reporter.error(message, found.site(valueName), arguments);
  }

  /** Whether {@code type} is a CompletionStage, or a subtype such as CompletableFuture. */
  private boolean isStage(TypeMirror type) {
    TypeMirror stage =
        types.erasure(elements.getTypeElement("java.util.concurrent.CompletionStage").asType());
    return type.getKind() == TypeKind.DECLARED && types.isSubtype(types.erasure(type), stage);
  }
}
