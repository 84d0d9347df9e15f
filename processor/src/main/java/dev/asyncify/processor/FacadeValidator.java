package dev.asyncify.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks that facades can be written for an {@code @Async} or {@code @AsyncOf} element, and reports
 * every reason they cannot, each on the narrowest place.
 */
final class FacadeValidator {

  /** The most argument slots a facade call can capture: see {@link #parameterSlots}. */
  static final int MAX_PARAMETER_SLOTS = 252;

  /**
   * What to say when a facade's name is taken.
   *
   * @param byType the name is a type's already
   * @param byFacade the name is another interface's facade's
   */
  private record NameMessages(Message byType, Message byFacade) {}

  private static final NameMessages ASYNC_NAME =
      new NameMessages(Message.NAME_TAKEN, Message.NAME_SHARED);
  private static final NameMessages ASYNC_OF_NAME =
      new NameMessages(Message.LISTED_NAME_TAKEN, Message.LISTED_NAME_SHARED);

  /**
   * Who claimed a facade name in this compilation.
   *
   * @param source the interface the facade wraps
   * @param origin the annotated element that asked for it
   */
  private record Claim(String source, String origin) {}

  private final Elements elements;
  private final Types types;
  private final Erasure erasure;
  private final MethodCollector collector;
  private final PackageTypes packageTypes;
  private final ParentFacades parentFacades;
  private final PolicyValidator policies;
  private final Map<ClassName, Claim> claimedNames = new HashMap<>();

  /**
   * @param annotatedInThisCompilation the interfaces annotated {@code @Async} in this compilation
   *     so far, whose facades are written here
   */
  FacadeValidator(
      Elements elements,
      Types types,
      PackageTypes packageTypes,
      Set<String> annotatedInThisCompilation) {
    this.elements = elements;
    this.packageTypes = packageTypes;
    this.types = types;
    this.erasure = new Erasure(types);
    this.collector = new MethodCollector(elements, types);
    this.parentFacades = new ParentFacades(elements, types, annotatedInThisCompilation);
    this.policies = new PolicyValidator(elements, types);
  }

  /**
   * Validates {@code element}, annotated with {@code annotationType}, in one pass: the annotation,
   * the interfaces it names, the facade names, the runtime, and every method of every facade. A
   * type that does not exist yet makes it wait for a later round, unless this is the last round,
   * where that is an error. Every error is reported.
   */
  Validation validate(
      Element element, TypeElement annotationType, boolean lastRound, Reporter reporter) {
    List<FacadeRequest> requests;
    if (annotationType.getQualifiedName().contentEquals(AsyncAnnotation.CANONICAL_NAME)) {
      requests = validateAsync(element, AsyncAnnotation.on(element, annotationType), reporter);
    } else {
      AsyncOfAnnotation annotation = AsyncOfAnnotation.on(element, annotationType);
      List<AsyncOfAnnotation.Entry> unresolved =
          annotation.entries().stream().filter(entry -> !entry.isResolved()).toList();
      if (!unresolved.isEmpty() && !lastRound) {
        return new Validation.Waiting();
      }
      for (AsyncOfAnnotation.Entry entry : unresolved) {
        reporter.error(
            Message.LISTED_UNRESOLVED,
            new Site(element, annotation.mirror(), entry.value()),
            ((QualifiedNameable) element).getQualifiedName());
      }
      requests = unresolved.isEmpty() ? validateAsyncOf(element, annotation, reporter) : List.of();
    }
    if (reporter.reportedErrors()) {
      return new Validation.Rejected();
    }
    List<Validation.ValidFacade> facades = new ArrayList<>();
    for (FacadeRequest request : requests) {
      MethodCollector.Listing listing = collector.collect(request.source());
      Optional<TypeMirror> missing =
          listing.mentionedTypes().stream()
              .filter(type -> type.getKind() == TypeKind.ERROR)
              .findFirst();
      if (missing.isPresent()) {
        if (!lastRound) {
          return new Validation.Waiting();
        }
        reporter.error(
            Message.UNRESOLVED_TYPE,
            request,
            request.source(),
            request.name(),
            request.source().getQualifiedName(),
            request.source().getSimpleName(),
            missing.get());
        return new Validation.Rejected();
      }
      validateMembers(request, listing.members(), reporter);
      PolicyValidator.Policies methodPolicies =
          policies.validate(request, listing.members(), reporter);
      Optional<List<ParentFacade>> parents =
          parentFacades.of(request, listing.members(), lastRound, reporter);
      if (parents.isEmpty()) {
        return new Validation.Waiting();
      }
      facades.add(
          new Validation.ValidFacade(request, listing.members(), parents.get(), methodPolicies));
    }
    return reporter.reportedErrors() ? new Validation.Rejected() : new Validation.Ready(facades);
  }

  /** The facade {@code @Async} on {@code element} asks for, or none after reporting why not. */
  private List<FacadeRequest> validateAsync(
      Element element, AsyncAnnotation annotation, Reporter reporter) {
    Site site = new Site(element, annotation.mirror(), null);
    if (element.getKind() != ElementKind.INTERFACE) {
      reporter.error(Message.NOT_AN_INTERFACE, site, element, kindName(element));
      return List.of();
    }
    TypeElement source = (TypeElement) element;
    ClassName sourceName = ClassName.get(source);
    String defaultName = GeneratedNames.defaultFacadeName(sourceName);
    Access.privateType(source)
        .ifPresent(
            hidden ->
                reporter.error(
                    Message.PRIVATE_INTERFACE,
                    site,
                    sourceName.canonicalName(),
                    defaultName,
                    hidden.getSimpleName()));
    requireRuntime(sourceName, site, reporter);
    String simpleName = annotation.name().isEmpty() ? defaultName : annotation.name();
    Site nameSite = new Site(element, annotation.mirror(), annotation.nameValue());
    if (!isIdentifier(simpleName)) {
      reporter.error(Message.INVALID_NAME, nameSite, simpleName, defaultName);
      return List.of();
    }
    ClassName facadeName = ClassName.get(sourceName.packageName(), simpleName);
    checkFacadeName(source, facadeName, element, nameSite, ASYNC_NAME, reporter);
    return reporter.reportedErrors()
        ? List.of()
        : List.of(new FacadeRequest(source, facadeName, site));
  }

  /** The facades {@code @AsyncOf} on {@code element} asks for, or none after reporting why not. */
  private List<FacadeRequest> validateAsyncOf(
      Element element, AsyncOfAnnotation annotation, Reporter reporter) {
    String packageName = elements.getPackageOf(element).getQualifiedName().toString();
    List<FacadeRequest> requests = new ArrayList<>();
    boolean runtimeChecked = false;
    for (AsyncOfAnnotation.Entry entry : annotation.entries()) {
      Site site = new Site(element, annotation.mirror(), entry.value());
      Element listed = types.asElement(entry.type());
      if (listed == null || listed.getKind() != ElementKind.INTERFACE) {
        reporter.error(
            Message.LISTED_NOT_AN_INTERFACE,
            site,
            entry.type(),
            listed == null ? "not a class or interface" : kindName(listed));
        continue;
      }
      TypeElement source = (TypeElement) listed;
      ClassName sourceName = ClassName.get(source);
      if (!Access.isNameableFrom(source, packageName)) {
        reporter.error(
            Message.LISTED_INACCESSIBLE,
            site,
            sourceName.canonicalName(),
            packageName.isEmpty() ? "the unnamed package" : packageName,
            sourceName.canonicalName());
        continue;
      }
      if (!runtimeChecked) {
        requireRuntime(sourceName, site, reporter);
        runtimeChecked = true;
      }
      ClassName facadeName =
          ClassName.get(packageName, GeneratedNames.defaultFacadeName(sourceName));
      if (checkFacadeName(source, facadeName, element, site, ASYNC_OF_NAME, reporter)) {
        requests.add(new FacadeRequest(source, facadeName, site));
      }
    }
    return reporter.reportedErrors() ? List.of() : requests;
  }

  /**
   * Claims {@code facadeName} for {@code source} as asked by {@code origin}, and reports when
   * another interface has it or a type of that name exists.
   *
   * @return whether the name is free for this facade
   */
  private boolean checkFacadeName(
      TypeElement source,
      ClassName facadeName,
      Element origin,
      Site site,
      NameMessages messages,
      Reporter reporter) {
    String originKind = origin instanceof PackageElement ? "package " : "";
    Claim claim =
        new Claim(
            source.getQualifiedName().toString(),
            originKind + ((QualifiedNameable) origin).getQualifiedName());
    Claim earlier = claimedNames.putIfAbsent(facadeName, claim);
    ClassName sourceName = ClassName.get(source);
    if (earlier != null && !earlier.equals(claim)) {
      reporter.error(messages.byFacade(), site, sourceName, facadeName, earlier.source());
      return false;
    }
    if (packageTypes.in(facadeName.packageName()).contains(facadeName.simpleName())) {
      reporter.error(messages.byType(), site, sourceName, facadeName);
      return false;
    }
    return true;
  }

  private void requireRuntime(ClassName sourceName, Site site, Reporter reporter) {
    if (ModuleView.type(elements, site.element(), GeneratedNames.TASKS.canonicalName())
        .isPresent()) {
      return;
    }
    Optional<String> module = ModuleView.namedModule(elements, site.element());
    // A module on the module path that no module requires is not even resolved, so a named
    // module that misses the runtime is told both ways to fix it.
    if (module.isPresent()) {
      reporter.error(
          Message.RUNTIME_NOT_READ, site.element(), site.annotation(), sourceName, module.get());
    } else {
      reporter.error(Message.RUNTIME_MISSING, site.element(), site.annotation(), sourceName);
    }
  }

  /**
   * Reports every member the facade could not repeat: one whose facade method would clash with the
   * facade's own factory methods, {@code of(Foo)} and {@code of(Foo, Executor)}, and one whose
   * signature mentions a type that code in the facade's package cannot see.
   */
  private void validateMembers(
      FacadeRequest request, List<MethodCollector.Member> members, Reporter reporter) {
    TypeElement source = request.source();
    TypeName sourceErasure = ClassName.get(source);
    List<List<TypeName>> factorySignatures =
        List.of(List.of(sourceErasure), List.of(sourceErasure, ClassName.get(Executor.class)));
    String facadePackage = request.name().packageName();
    for (MethodCollector.Member member : members) {
      ExecutableElement method = member.element();
      if (method.getSimpleName().contentEquals("of")
          && factorySignatures.stream()
              .anyMatch(
                  signature -> erasure.of(member.type().getParameterTypes()).equals(signature))) {
        String factory = "of(" + parameterList(member) + ")";
        reporter.error(
            Message.FACTORY_CLASH,
            request,
            method,
            described(source, method, factory),
            factory,
            request.name().simpleName());
      }
      objectMethodClash(member)
          .ifPresent(
              reason ->
                  reporter.error(
                      Message.OBJECT_METHOD_CLASH,
                      request,
                      method,
                      described(source, method, method.getSimpleName() + "()"),
                      reason));
      int slots = parameterSlots(member);
      if (slots > MAX_PARAMETER_SLOTS) {
        reporter.error(
            Message.TOO_MANY_PARAMETERS,
            request,
            method,
            described(source, method, method.getSimpleName() + "(...)"),
            slots,
            MAX_PARAMETER_SLOTS);
      }
      hiddenType(member, facadePackage)
          .ifPresent(
              hidden ->
                  reporter.error(
                      Message.MEMBER_TYPE_INACCESSIBLE,
                      request,
                      method,
                      described(
                          source,
                          method,
                          method.getSimpleName() + "(" + parameterList(member) + ")"),
                      hidden.getQualifiedName(),
                      request.name().simpleName(),
                      facadePackage.isEmpty()
                          ? "the unnamed package"
                          : "package " + facadePackage));
    }
  }

  /**
   * Why a facade method of the same signature as a protected method of {@code Object} could not be
   * implemented, if it could not: the anonymous class behind the facade inherits {@code
   * Object.finalize()} and {@code Object.clone()}, and its method would override them.
   */
  private static Optional<String> objectMethodClash(MethodCollector.Member member) {
    ExecutableElement method = member.element();
    if (!method.getParameters().isEmpty()) {
      return Optional.empty();
    }
    if (method.getSimpleName().contentEquals("finalize")) {
      return Optional.of(
          "it would override Object.finalize(), which returns void, with a method that returns a"
              + " CompletableFuture");
    }
    if (method.getSimpleName().contentEquals("clone") && !method.getTypeParameters().isEmpty()) {
      return Optional.of(
          "being generic, it would have the erasure of Object.clone() without overriding it");
    }
    return Optional.empty();
  }

  /**
   * How many JVM slots the arguments of {@code member} take: a facade call captures them all in the
   * constructor of its call object, along with what holds the delegate, and a method takes at most
   * 255 slots. Measured: javac's constructor takes 253 slots of arguments, ecj's one fewer ("too
   * many synthetic parameters"), so 252 is the most both compile.
   */
  private static int parameterSlots(MethodCollector.Member member) {
    int slots = 0;
    for (TypeMirror parameter : member.type().getParameterTypes()) {
      TypeKind kind = parameter.getKind();
      slots += kind == TypeKind.LONG || kind == TypeKind.DOUBLE ? 2 : 1;
    }
    return slots;
  }

  /** The first type the signature of {@code member} mentions that the facade could not name. */
  private Optional<TypeElement> hiddenType(MethodCollector.Member member, String facadePackage) {
    return TypeMentions.of(member.signatureTypes()).stream()
        .map(mentioned -> (TypeElement) types.asElement(mentioned))
        .filter(type -> !Access.isNameableFrom(type, facadePackage))
        .findFirst();
  }

  /** {@code m(String)}, or {@code Parent.m(String)} when the source inherits the method. */
  private static String described(TypeElement source, ExecutableElement method, String signature) {
    Element declaring = method.getEnclosingElement();
    return declaring.equals(source) ? signature : declaring.getSimpleName() + "." + signature;
  }

  /** The simple names of the erased parameter types of {@code member}, comma-separated. */
  private String parameterList(MethodCollector.Member member) {
    return String.join(
        ", ", erasure.of(member.type().getParameterTypes()).stream().map(Erasure::shown).toList());
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
