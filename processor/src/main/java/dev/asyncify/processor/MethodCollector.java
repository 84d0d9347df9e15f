package dev.asyncify.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Lists the instance methods of an interface that its facade repeats: its own and every inherited
 * one, as members of the interface (type arguments substituted), each signature once.
 */
final class MethodCollector {

  /**
   * A method and its type as a member of the interface being collected.
   *
   * @param element the declaration
   * @param type its type with the interface's type arguments substituted
   */
  record Member(ExecutableElement element, ExecutableType type) {

    /** The types its signature is made of: parameters, result, type variables. */
    List<TypeMirror> signatureTypes() {
      List<TypeMirror> signature = new ArrayList<>(type.getParameterTypes());
      signature.add(type.getReturnType());
      signature.addAll(type.getTypeVariables());
      return signature;
    }
  }

  /**
   * What {@link #collect} found.
   *
   * @param members the methods the facade repeats
   * @param supertypes every super-interface, direct or not, as the declarations name them
   */
  record Listing(List<Member> members, List<TypeMirror> supertypes) {

    /** Every type the facade's signatures and the interface's ancestry mention. */
    List<TypeMirror> mentionedTypes() {
      List<TypeMirror> types = new ArrayList<>(supertypes);
      members.forEach(member -> types.addAll(member.signatureTypes()));
      return TypeMentions.of(types);
    }
  }

  private final Types types;
  private final Erasure erasure;
  private final List<ExecutableElement> objectMethods;

  MethodCollector(Elements elements, Types types) {
    this.types = types;
    this.erasure = new Erasure(types);
    this.objectMethods =
        ElementFilter.methodsIn(
                elements.getTypeElement(Object.class.getName()).getEnclosedElements())
            .stream()
            .filter(method -> method.getModifiers().contains(Modifier.PUBLIC))
            .collect(Collectors.toList());
  }

  /**
   * The members, the interface's own first, in declaration order, then those of its
   * super-interfaces breadth first. A signature reached twice (a diamond, an override) is listed
   * once, with the most specific return type. Static and private methods and those of {@code
   * java.lang.Object} are left out.
   */
  Listing collect(TypeElement source) {
    Map<String, Member> bySignature = new LinkedHashMap<>();
    Deque<DeclaredType> pending = new ArrayDeque<>(List.of((DeclaredType) source.asType()));
    Set<TypeElement> visited = new HashSet<>();
    List<TypeMirror> supertypes = new ArrayList<>();
    while (!pending.isEmpty()) {
      DeclaredType type = pending.removeFirst();
      TypeElement element = (TypeElement) type.asElement();
      if (!visited.add(element)) {
        continue;
      }
      for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
        if (isFacadeMethod(method)) {
          // As a member of the type that declares it, with the type arguments the walk found:
          // ecj's asMemberOf(source, method) answers for the first method of that signature it
          // finds in the source's hierarchy, which may be another one with another return type.
          Member member = new Member(method, (ExecutableType) types.asMemberOf(type, method));
          bySignature.merge(signature(member), member, this::moreSpecific);
        }
      }
      supertypes.addAll(element.getInterfaces());
      for (TypeMirror parent : types.directSupertypes(type)) {
        if (parent.getKind() == TypeKind.DECLARED
            && types.asElement(parent).getKind() == ElementKind.INTERFACE) {
          pending.addLast((DeclaredType) parent);
        }
      }
    }
    return new Listing(new ArrayList<>(bySignature.values()), supertypes);
  }

  private boolean isFacadeMethod(ExecutableElement method) {
    Set<Modifier> modifiers = method.getModifiers();
    return !modifiers.contains(Modifier.STATIC)
        && !modifiers.contains(Modifier.PRIVATE)
        && objectMethods.stream().noneMatch(objectMethod -> sameSignature(method, objectMethod));
  }

  private boolean sameSignature(ExecutableElement method, ExecutableElement other) {
    return signatureOf(method).equals(signatureOf(other));
  }

  private String signatureOf(ExecutableElement method) {
    List<TypeMirror> parameterTypes = new ArrayList<>();
    method.getParameters().forEach(parameter -> parameterTypes.add(parameter.asType()));
    return erasure.signature(method.getSimpleName(), parameterTypes);
  }

  private String signature(Member member) {
    return erasure.signature(member.element().getSimpleName(), member.type().getParameterTypes());
  }

  /** Of two members with one signature, the one whose return type is a proper subtype. */
  private Member moreSpecific(Member kept, Member candidate) {
    TypeMirror keptReturn = kept.type().getReturnType();
    TypeMirror candidateReturn = candidate.type().getReturnType();
    boolean comparable =
        isReference(keptReturn.getKind()) && isReference(candidateReturn.getKind());
    return comparable
            && types.isSubtype(candidateReturn, keptReturn)
            && !types.isSameType(candidateReturn, keptReturn)
        ? candidate
        : kept;
  }

  private static boolean isReference(TypeKind kind) {
    return kind == TypeKind.DECLARED || kind == TypeKind.ARRAY || kind == TypeKind.TYPEVAR;
  }
}
