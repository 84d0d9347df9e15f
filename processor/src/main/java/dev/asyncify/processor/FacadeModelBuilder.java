package dev.asyncify.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.asyncify.processor.FacadeMethod.Result;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Turns a validated interface into the immutable {@link Facade} the writer writes. */
final class FacadeModelBuilder {

  private final Elements elements;
  private final Types types;
  private final StageTypes stageTypes;
  private final DocReferences references;
  private final Erasure erasure;
  private final PackageTypes packageTypes;
  private Set<String> inheritedByCalls;

  FacadeModelBuilder(
      Elements elements, Types types, DocReferences references, PackageTypes packageTypes) {
    this.elements = elements;
    this.packageTypes = packageTypes;
    this.types = types;
    this.references = references;
    this.erasure = new Erasure(types);
    this.stageTypes = new StageTypes(elements, types);
  }

  Facade build(
      FacadeRequest request,
      List<MethodCollector.Member> members,
      List<ParentFacade> parents,
      PolicyValidator.Policies policies) {
    TypeElement source = request.source();
    ClassName name = request.name();
    List<TypeMirror> mentioned = new ArrayList<>();
    members.forEach(member -> mentioned.addAll(TypeMentions.of(member.signatureTypes())));
    Predicate<String> visible = simpleNamesInScope(name.packageName());
    TypeVariableNaming naming = new TypeVariableNaming(mentioned, visible);
    List<TypeVariable> sourceVariables = new ArrayList<>();
    source
        .getTypeParameters()
        .forEach(parameter -> sourceVariables.add((TypeVariable) parameter.asType()));
    TypeNames names =
        new TypeNames(name.packageName()).renaming(naming.renamed(sourceVariables, Set.of()));
    List<TypeVariableName> typeVariables = new ArrayList<>();
    sourceVariables.forEach(variable -> typeVariables.add(typeVariable(variable, names)));
    Set<String> facadeVariables = new HashSet<>();
    typeVariables.forEach(variable -> facadeVariables.add(variable.name()));
    List<FacadeMethod> methods = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      MethodCollector.Member member = members.get(i);
      Map<Element, String> renamed =
          naming.renamed(member.type().getTypeVariables(), facadeVariables);
      methods.add(
          method(
              member, names, renamed, overridesParent(member, parents), policies.methods().get(i)));
    }
    List<TypeName> parentTypes = new ArrayList<>();
    for (ParentFacade parent : parents) {
      List<? extends TypeMirror> arguments = parent.supertype().getTypeArguments();
      parentTypes.add(
          arguments.isEmpty()
              ? parent.facade()
              : ParameterizedTypeName.get(
                  parent.facade(), arguments.stream().map(names::of).toArray(TypeName[]::new)));
    }
    return new Facade(
        name,
        ClassName.get(source),
        typeVariables,
        Access.isPublicAllTheWay(source),
        elements.isDeprecated(source),
        ModuleView.type(
                elements, request.site().element(), GeneratedNames.GENERATED.canonicalName())
            .isPresent(),
        parentTypes,
        methods,
        policies.sharedLimit(),
        packageTypes.javaLangShadowedIn(name.packageName()));
  }

  /**
   * The simple names of types that code in a facade sees without importing them: those of {@code
   * java.lang}, of the facade's package's own top-level types, and the member types a facade's call
   * classes inherit from CompletableFuture ({@code Future.State} on Java 19 and later), which
   * inside them mean those types.
   */
  private Predicate<String> simpleNamesInScope(String packageName) {
    if (inheritedByCalls == null) {
      inheritedByCalls = new HashSet<>();
      for (ClassName call : List.of(GeneratedNames.CALL, GeneratedNames.STAGE_CALL)) {
        TypeElement callType = elements.getTypeElement(call.canonicalName());
        if (callType != null) {
          for (TypeElement member : ElementFilter.typesIn(elements.getAllMembers(callType))) {
            Set<Modifier> modifiers = member.getModifiers();
            if (modifiers.contains(Modifier.PUBLIC) || modifiers.contains(Modifier.PROTECTED)) {
              inheritedByCalls.add(member.getSimpleName().toString());
            }
          }
        }
      }
    }
    Set<String> javaLang = packageTypes.javaLang();
    Set<String> ownPackage = packageTypes.in(packageName);
    return name ->
        javaLang.contains(name) || ownPackage.contains(name) || inheritedByCalls.contains(name);
  }

  /** Whether a parent's facade has {@code member} too. */
  private boolean overridesParent(MethodCollector.Member member, List<ParentFacade> parents) {
    String signature =
        erasure.signature(member.element().getSimpleName(), member.type().getParameterTypes());
    return parents.stream().anyMatch(parent -> parent.methodSignatures().contains(signature));
  }

  /**
   * @param renamed the method's own type variables that get another name in the facade
   */
  private FacadeMethod method(
      MethodCollector.Member member,
      TypeNames facadeNames,
      Map<Element, String> renamed,
      boolean overridesParent,
      MethodPolicy policy) {
    ExecutableElement element = member.element();
    ExecutableType type = member.type();
    TypeNames names = facadeNames.renaming(renamed);
    List<TypeVariableName> typeVariables = new ArrayList<>();
    type.getTypeVariables().forEach(variable -> typeVariables.add(typeVariable(variable, names)));
    List<FacadeMethod.Parameter> parameters = new ArrayList<>();
    List<TypeName> erasedParameterTypes = new ArrayList<>();
    for (int i = 0; i < element.getParameters().size(); i++) {
      VariableElement parameter = element.getParameters().get(i);
      parameters.add(
          new FacadeMethod.Parameter(
              names.of(type.getParameterTypes().get(i)), parameter.getSimpleName().toString()));
      erasedParameterTypes.add(erasure.of(parameter.asType()));
    }
    FutureValue value = futureValue(type.getReturnType());
    return new FacadeMethod(
        element.getSimpleName().toString(),
        typeVariables,
        parameters,
        element.isVarArgs(),
        result(value, names),
        elements.isDeprecated(element),
        overridesParent,
        policy,
        suppressedWarnings(element, type, value.type()),
        ClassName.get((TypeElement) element.getEnclosingElement()),
        erasedParameterTypes,
        doc(element).map(comment -> comment.withTypeParametersRenamed(byOldName(renamed))));
  }

  private static Map<String, String> byOldName(Map<Element, String> renamed) {
    Map<String, String> names = new LinkedHashMap<>();
    renamed.forEach((declaration, name) -> names.put(declaration.getSimpleName().toString(), name));
    return names;
  }

  /**
   * The Javadoc of {@code method} as Javadoc would show it: its own comment, completed from the
   * method it overrides where it has none or says {@code {@inheritDoc}}.
   */
  private Optional<DocComment> doc(ExecutableElement method) {
    Optional<DocComment> own =
        DocComment.parse(elements.getDocComment(method))
            .map(comment -> comment.withReferences(references.of(method)));
    if (own.isPresent() && !own.get().inherits()) {
      return own;
    }
    TypeElement declaring = (TypeElement) method.getEnclosingElement();
    Optional<DocComment> parent = overriddenDoc(method, declaring);
    if (parent.isEmpty()) {
      return own;
    }
    return Optional.of(own.orElse(DocComment.NONE).inheriting(parent.get()));
  }

  /** The comment of the nearest method that {@code method} overrides and that has one. */
  private Optional<DocComment> overriddenDoc(ExecutableElement method, TypeElement declaring) {
    Deque<TypeMirror> pending = new ArrayDeque<>(declaring.getInterfaces());
    while (!pending.isEmpty()) {
      TypeElement type = (TypeElement) types.asElement(pending.removeFirst());
      for (ExecutableElement candidate : ElementFilter.methodsIn(type.getEnclosedElements())) {
        if (elements.overrides(method, candidate, declaring)) {
          Optional<DocComment> found = doc(candidate);
          if (found.isPresent()) {
            return found;
          }
        }
      }
      pending.addAll(type.getInterfaces());
    }
    return Optional.empty();
  }

  /**
   * What a source method's return gives its future.
   *
   * @param kind how the facade gets the future's value
   * @param type the type of that value: the returned type, or the stage's type argument; empty for
   *     void and for a raw stage
   */
  private record FutureValue(Result.Kind kind, Optional<TypeMirror> type) {}

  private FutureValue futureValue(TypeMirror returned) {
    if (returned.getKind() == TypeKind.VOID) {
      return new FutureValue(Result.Kind.VOID, Optional.empty());
    }
    Optional<DeclaredType> stage = stageTypes.asCompletionStage(returned);
    if (stage.isEmpty()) {
      return new FutureValue(Result.Kind.VALUE, Optional.of(returned));
    }
    List<? extends TypeMirror> arguments = stage.get().getTypeArguments();
    return arguments.isEmpty()
        ? new FutureValue(Result.Kind.RAW_STAGE, Optional.empty())
        : new FutureValue(Result.Kind.STAGE, Optional.of(arguments.get(0)));
  }

  private static Result result(FutureValue value, TypeNames names) {
    TypeName valueType =
        switch (value.kind()) {
          case VOID -> TypeName.VOID.box();
          case RAW_STAGE -> WildcardTypeName.subtypeOf(Object.class);
          case VALUE, STAGE -> names.of(value.type().orElseThrow()).box();
        };
    return new Result(value.kind(), valueType);
  }

  /**
   * The warnings the facade method's signature raises: the user's interface raised them already
   * where it declared the method, so the facade suppresses them.
   */
  private SortedSet<String> suppressedWarnings(
      ExecutableElement element, ExecutableType type, Optional<TypeMirror> value) {
    List<TypeMirror> signature = new ArrayList<>(type.getParameterTypes());
    value.ifPresent(signature::add);
    signature.addAll(type.getTypeVariables());
    SortedSet<String> warnings = new TreeSet<>();
    for (TypeMirror mentioned : TypeMentions.of(signature)) {
      DeclaredType declared = (DeclaredType) mentioned;
      TypeElement declaration = (TypeElement) declared.asElement();
      if (declared.getTypeArguments().isEmpty() && !declaration.getTypeParameters().isEmpty()) {
        warnings.add("rawtypes");
      }
      if (elements.isDeprecated(declaration)) {
        Deprecated deprecated = declaration.getAnnotation(Deprecated.class);
        warnings.add(deprecated != null && deprecated.forRemoval() ? "removal" : "deprecation");
      }
    }
    if (element.isVarArgs()) {
      List<? extends TypeMirror> parameters = type.getParameterTypes();
      ArrayType varargs = (ArrayType) parameters.get(parameters.size() - 1);
      if (!isReifiable(varargs.getComponentType())) {
        warnings.add("unchecked");
      }
    }
    return warnings;
  }

  private boolean isReifiable(TypeMirror type) {
    return switch (type.getKind()) {
      case ARRAY -> isReifiable(((ArrayType) type).getComponentType());
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        for (TypeMirror argument : declared.getTypeArguments()) {
          if (!(argument instanceof WildcardType wildcard)
              || wildcard.getExtendsBound() != null
              || wildcard.getSuperBound() != null) {
            yield false;
          }
        }
        yield Nesting.owner(declared).map(this::isReifiable).orElse(true);
      }
      default -> type.getKind().isPrimitive();
    };
  }

  /** A type variable with the bounds it has as a member of the interface. */
  private static TypeVariableName typeVariable(TypeVariable variable, TypeNames names) {
    List<? extends TypeMirror> bounds = TypeMentions.boundsOf(variable);
    List<TypeName> boundNames = new ArrayList<>();
    for (TypeMirror bound : bounds) {
      TypeName boundName = names.of(bound);
      if (!boundName.equals(ClassName.OBJECT)) {
        boundNames.add(boundName);
      }
    }
    return TypeVariableName.get(names.variableName(variable), boundNames.toArray(TypeName[]::new));
  }
}
