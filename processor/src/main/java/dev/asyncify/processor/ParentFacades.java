package dev.asyncify.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the facades a facade extends: those of the source's direct superinterfaces that are
 * {@code @Async} themselves. A parent is left out, with a note, where its facade cannot be a
 * supertype: the source narrows the result of one of its methods ({@code CompletableFuture<String>}
 * is not a {@code CompletableFuture<Object>}). It is left out without a word where the source
 * extends it raw, or where its facade is package-private in another package, as Java would not let
 * any interface extend it either.
 */
final class ParentFacades {

  private final Elements elements;
  private final Types types;
  private final Erasure erasure;
  private final StageTypes stageTypes;
  private final Set<String> annotatedInThisCompilation;

  /**
   * @param annotatedInThisCompilation the interfaces annotated {@code @Async} in this compilation
   *     so far, whose facades are written (or being written) here
   */
  ParentFacades(Elements elements, Types types, Set<String> annotatedInThisCompilation) {
    this.elements = elements;
    this.types = types;
    this.erasure = new Erasure(types);
    this.stageTypes = new StageTypes(elements, types);
    this.annotatedInThisCompilation = annotatedInThisCompilation;
  }

  /**
   * The parents of {@code request}'s facade; empty if a parent's facade is missing but may still be
   * written in a later round. On the last round, a missing one is an error.
   */
  Optional<List<ParentFacade>> of(
      FacadeRequest request,
      List<MethodCollector.Member> members,
      boolean lastRound,
      Reporter reporter) {
    List<ParentFacade> parents = new ArrayList<>();
    for (TypeMirror mirror : request.source().getInterfaces()) {
      if (!(mirror instanceof DeclaredType supertype)) {
        continue;
      }
      TypeElement parent = (TypeElement) supertype.asElement();
      Optional<ClassName> facade = facadeOf(parent);
      if (facade.isEmpty()
          || (!parent.getTypeParameters().isEmpty() && supertype.getTypeArguments().isEmpty())
          || !(Access.isPublicAllTheWay(parent)
              || facade.get().packageName().equals(request.name().packageName()))) {
        continue;
      }
      if (!annotatedInThisCompilation.contains(parent.getQualifiedName().toString())
          && elements.getTypeElement(facade.get().canonicalName()) == null) {
        if (!lastRound) {
          return Optional.empty();
        }
        reporter.error(
            Message.PARENT_FACADE_MISSING,
            request,
            request.source(),
            request.source().getQualifiedName(),
            parent.getQualifiedName(),
            facade.get().canonicalName(),
            parent.getSimpleName());
        continue;
      }
      Map<String, ExecutableType> parentMethods = methodsOf(parent, supertype);
      Optional<String> narrowed = narrowedMethod(parentMethods, members);
      if (narrowed.isPresent()) {
        reporter.note(
            Message.PARENT_NOT_EXTENDED,
            request.source(),
            request.name().simpleName(),
            facade.get().simpleName(),
            request.source().getSimpleName(),
            narrowed.get(),
            parent.getSimpleName());
        continue;
      }
      parents.add(new ParentFacade(supertype, facade.get(), parentMethods.keySet()));
    }
    return Optional.of(parents);
  }

  /** The facade of {@code parent} by its name rule, if it is {@code @Async}. */
  private static Optional<ClassName> facadeOf(TypeElement parent) {
    return AnnotationMirrors.find(parent, AsyncAnnotation.CANONICAL_NAME)
        .map(
            mirror -> {
              String name = AsyncAnnotation.of(mirror).name();
              ClassName source = ClassName.get(parent);
              return ClassName.get(
                  source.packageName(),
                  name.isEmpty() ? GeneratedNames.defaultFacadeName(source) : name);
            });
  }

  /**
   * The methods of {@code parent} as members of {@code supertype}, by erased signature: compared by
   * signature, not by element, since ecj and javac hand out different elements for one method
   * reached through a generic supertype.
   */
  private Map<String, ExecutableType> methodsOf(TypeElement parent, DeclaredType supertype) {
    Map<String, ExecutableType> methods = new LinkedHashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(parent))) {
      if (method.getEnclosingElement().getKind().isInterface()
          && !method.getModifiers().contains(Modifier.STATIC)
          && !method.getModifiers().contains(Modifier.PRIVATE)) {
        ExecutableType type = (ExecutableType) types.asMemberOf(supertype, method);
        methods.putIfAbsent(
            erasure.signature(method.getSimpleName(), type.getParameterTypes()), type);
      }
    }
    return methods;
  }

  /**
   * A method of the parent whose facade result the source's facade cannot repeat, described: one
   * the source overrides with a narrower result. Generic methods are not compared: their variables
   * differ between the two views, and narrowing one is rare.
   */
  private Optional<String> narrowedMethod(
      Map<String, ExecutableType> parentMethods, List<MethodCollector.Member> members) {
    for (MethodCollector.Member member : members) {
      ExecutableType inheritedType =
          parentMethods.get(
              erasure.signature(
                  member.element().getSimpleName(), member.type().getParameterTypes()));
      if (inheritedType == null
          || !member.type().getTypeVariables().isEmpty()
          || !inheritedType.getTypeVariables().isEmpty()) {
        continue;
      }
      TypeMirror own = stageTypes.futureValue(member.type().getReturnType());
      TypeMirror inherited = stageTypes.futureValue(inheritedType.getReturnType());
      if (!types.isSameType(own, inherited)) {
        return Optional.of(
            member.element().getSimpleName() + "() (" + own + ", where it has " + inherited + ")");
      }
    }
    return Optional.empty();
  }
}
