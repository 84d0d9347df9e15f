package dev.asyncify.processor;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.ReferenceTree;
import com.sun.source.util.DocTreePath;
import com.sun.source.util.DocTreePathScanner;
import com.sun.source.util.DocTrees;
import com.sun.source.util.TreePath;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Resolves the references in a Javadoc comment (an inline {@code @link List}, {@code @see
 * #read(String)}) where the comment stands, so that a copy of it in another file can name the same
 * elements fully qualified. A reference that does not resolve, or every reference when the compiler
 * offers no {@link DocTrees} (a build tool may wrap javac's environment), resolves to nothing, and
 * the copy shows it as code instead of a link.
 */
final class DocReferences {

  private final Optional<DocTrees> docTrees;
  private final Erasure erasure;

  DocReferences(ProcessingEnvironment environment) {
    this.docTrees = docTrees(environment);
    this.erasure = new Erasure(environment.getTypeUtils());
  }

  private static Optional<DocTrees> docTrees(ProcessingEnvironment environment) {
    try {
      return Optional.of(DocTrees.instance(environment));
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return Optional.empty();
    }
  }

  /**
   * For each reference in the comment of {@code element}, as written without spaces, the fully
   * qualified reference to what it names.
   */
  Function<String, Optional<String>> of(Element element) {
    return new CommentReferences(element);
  }

  /** The references of one comment, whose doc tree is parsed only when one is asked for. */
  private final class CommentReferences implements Function<String, Optional<String>> {

    private final Element element;
    private Map<String, String> qualified;

    CommentReferences(Element element) {
      this.element = element;
    }

    @Override
    public Optional<String> apply(String reference) {
      if (qualified == null) {
        qualified = new HashMap<>();
        docTrees.ifPresent(trees -> collect(trees, element, qualified));
      }
      return Optional.ofNullable(qualified.get(withoutSpaces(reference)));
    }
  }

  private void collect(DocTrees trees, Element element, Map<String, String> qualified) {
    DocCommentTree comment = trees.getDocCommentTree(element);
    TreePath path = trees.getPath(element);
    if (comment == null || path == null) {
      return;
    }
    new DocTreePathScanner<Void, Void>() {
      @Override
      public Void visitReference(ReferenceTree reference, Void unused) {
        Element target = trees.getElement(getCurrentPath());
        if (target != null) {
          qualifiedName(target)
              .ifPresent(name -> qualified.put(withoutSpaces(reference.getSignature()), name));
        }
        return null;
      }
    }.scan(new DocTreePath(path, comment), null);
  }

  private Optional<String> qualifiedName(Element target) {
    return switch (target.getKind()) {
      case PACKAGE -> Optional.of(((PackageElement) target).getQualifiedName().toString());
      case CLASS, INTERFACE, ENUM, RECORD, ANNOTATION_TYPE ->
          Optional.of(((TypeElement) target).getQualifiedName().toString());
      case METHOD, CONSTRUCTOR -> Optional.of(executable((ExecutableElement) target));
      case FIELD, ENUM_CONSTANT -> Optional.of(owner(target) + "#" + target.getSimpleName());
      default -> Optional.empty();
    };
  }

  private String executable(ExecutableElement method) {
    String name =
        method.getKind() == ElementKind.CONSTRUCTOR
            ? method.getEnclosingElement().getSimpleName().toString()
            : method.getSimpleName().toString();
    return owner(method)
        + "#"
        + name
        + method.getParameters().stream()
            .map(parameter -> erasure.of(parameter.asType()).toString())
            .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String owner(Element member) {
    return ((TypeElement) member.getEnclosingElement()).getQualifiedName().toString();
  }

  static String withoutSpaces(String reference) {
    return reference.replaceAll("\\s+", "");
  }
}
