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
      return new Site(
          element, mirror, AnnotationMirrors.explicitValue(mirror, valueName).orElse(null));
    }
  }

  private final Elements elements;
  private final Types types;
  private final StageTypes stageTypes;

  PolicyValidator(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.stageTypes = new StageTypes(elements, types);
  }

  /**
   * A {@code @Retry}, its values checked.
   *
   * @param found where it stands
   * @param retryOn the types it retries on
   * @param abortOn the types it gives up on
   */
  private record RetrySpec(
      Found found,
      int attempts,
      Duration delay,
      double backoff,
      List<TypeMirror> retryOn,
      List<TypeMirror> abortOn) {}

  Policies validate(
      FacadeRequest request, List<MethodCollector.Member> members, Reporter reporter) {
    TypeElement source = request.source();
    String interfaceName = source.getSimpleName().toString();
    // The interface's own, checked once: its methods take them as they are.
    OptionalInt shared = OptionalInt.empty();
    Optional<Found> sharedLimit = find(source, LIMIT);
    if (sharedLimit.isPresent()) {
      shared = limit(sharedLimit.get(), interfaceName, reporter);
    }
    Optional<Duration> interfaceTimeout =
        find(source, TIMEOUT).flatMap(found -> timeout(found, interfaceName, reporter));
    Optional<RetrySpec> interfaceRetry =
        find(source, RETRY).map(found -> retry(found, interfaceName, reporter));
    List<MethodPolicy> policies = new ArrayList<>();
    for (MethodCollector.Member member : members) {
      ExecutableElement method = member.element();
      String methodName = interfaceName + "." + method.getSimpleName() + "()";
      Optional<Found> ownTimeout = find(method, TIMEOUT);
      Optional<Duration> timeout =
          ownTimeout.isPresent()
              ? timeout(ownTimeout.get(), methodName, reporter)
              : interfaceTimeout;
      Optional<RetrySpec> ownRetry =
          find(method, RETRY).map(found -> retry(found, methodName, reporter));
      ownRetry.ifPresent(spec -> checkRetriedTypesAreThrown(spec, member, methodName, reporter));
      Optional<RetrySpec> retry = ownRetry.or(() -> interfaceRetry);
      boolean returnsStage =
          stageTypes.asCompletionStage(member.type().getReturnType()).isPresent();
      Optional<Found> ownLimitFound = find(method, LIMIT);
      OptionalInt ownLimit = OptionalInt.empty();
      if (ownLimitFound.isPresent()) {
        ownLimit = limit(ownLimitFound.get(), methodName, reporter);
        if (ownLimit.isPresent() && returnsStage) {
          report(
              reporter,
              Message.LIMIT_ON_STAGE,
              ownLimitFound.get(),
              "value",
              methodName,
              member.type().getReturnType());
          ownLimit = OptionalInt.empty();
        }
      }
      // An interface's limit leaves out the methods that return a stage: see @Limit.
      boolean takesSharedLimit = ownLimitFound.isEmpty() && shared.isPresent() && !returnsStage;
      policies.add(
          new MethodPolicy(
              timeout,
              retry.map(RetrySpec::attempts).orElse(1),
              retry.map(RetrySpec::delay).orElse(Duration.ZERO),
              retry.map(RetrySpec::backoff).orElse(1.0),
              classNames(retry.map(RetrySpec::retryOn).orElse(List.of())),
              classNames(retry.map(RetrySpec::abortOn).orElse(List.of())),
              ownLimit,
              takesSharedLimit));
    }
    interfaceRetry.ifPresent(
        spec -> checkSomeMethodThrowsEachRetriedType(spec, members, interfaceName, reporter));
    return new Policies(policies, shared);
  }

  /**
   * An interface's {@code @Retry} applies to each method where it can: each checked exception it
   * retries on must be one that some method can throw.
   */
  private void checkSomeMethodThrowsEachRetriedType(
      RetrySpec retry, List<MethodCollector.Member> members, String subject, Reporter reporter) {
    for (TypeMirror type : retry.retryOn()) {
      if (isChecked(type)
          && members.stream().noneMatch(member -> mayThrow(member.type().getThrownTypes(), type))) {
        report(reporter, Message.RETRY_ON_UNTHROWN_BY_ANY, retry.found(), "retryOn", subject, type);
      }
    }
  }

  private Optional<Duration> timeout(Found found, String subject, Reporter reporter) {
    return duration(found, "value", "@Timeout", subject, false, reporter);
  }

  private OptionalInt limit(Found found, String subject, Reporter reporter) {
    int value = intValue(found, "value");
    if (value < 1) {
      report(
          reporter, Message.POLICY_VALUE, found, "value", "@Limit", subject, value, "at least 1");
      return OptionalInt.empty();
    }
    return OptionalInt.of(value);
  }

  private RetrySpec retry(Found found, String subject, Reporter reporter) {
    int attempts = intValue(found, "attempts");
    if (attempts < 1) {
      report(
          reporter,
          Message.POLICY_VALUE,
          found,
          "attempts",
          "@Retry(attempts)",
          subject,
          attempts,
          "at least 1");
    }
    Duration delay =
        duration(found, "delay", "@Retry(delay)", subject, true, reporter).orElse(Duration.ZERO);
    double backoff = (Double) value(found, "backoff").getValue();
    if (!(backoff >= 1)) {
      report(
          reporter,
          Message.POLICY_VALUE,
          found,
          "backoff",
          "@Retry(backoff)",
          subject,
          backoff,
          "at least 1");
    }
    List<TypeMirror> retryOn = types(found, "retryOn");
    List<TypeMirror> abortOn = types(found, "abortOn");
    for (TypeMirror type : retryOn) {
      if (abortOn.stream().anyMatch(other -> types.isSameType(other, type))) {
        report(reporter, Message.RETRY_ON_ABORT_ON, found, "abortOn", subject, type);
      }
    }
    return new RetrySpec(found, attempts, delay, backoff, retryOn, abortOn);
  }

  /** Each checked exception retried on must be one the method can throw: else it never is. */
  private void checkRetriedTypesAreThrown(
      RetrySpec retry, MethodCollector.Member member, String methodName, Reporter reporter) {
    List<? extends TypeMirror> thrown = member.type().getThrownTypes();
    for (TypeMirror type : retry.retryOn()) {
      if (isChecked(type) && !mayThrow(thrown, type)) {
        report(
            reporter,
            Message.RETRY_ON_UNTHROWN,
            retry.found(),
            "retryOn",
            methodName,
            type,
            member.element().getSimpleName() + "()",
            thrown.isEmpty()
                ? "no checked exception"
                : thrown.stream().map(TypeMirror::toString).collect(Collectors.joining(", ")));
      }
    }
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

  /** Whether a method that throws {@code thrown} can throw {@code type}, or a subtype of it. */
  private boolean mayThrow(List<? extends TypeMirror> thrown, TypeMirror type) {
    return thrown.stream()
        .anyMatch(declared -> types.isSubtype(declared, type) || types.isSubtype(type, declared));
  }

  private static List<ClassName> classNames(List<TypeMirror> types) {
    return types.stream()
        .map(type -> ClassName.get((TypeElement) ((DeclaredType) type).asElement()))
        .toList();
  }

  private static Optional<Found> find(Element element, String annotation) {
    return AnnotationMirrors.find(element, annotation).map(mirror -> new Found(element, mirror));
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
}
