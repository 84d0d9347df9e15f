package dev.asyncify.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Writes a CompletableFuture facade for every {@code @Async} interface and every interface an
 * {@code @AsyncOf} lists: validate, build the model, write it. An element whose facades mention a
 * type not generated yet waits for a later round; what is still missing when processing ends is
 * reported once.
 */
@AutoService(Processor.class)
public final class AsyncProcessor extends AbstractProcessor {

  /**
   * An annotated element waiting for a later round, by name: the element may be another object
   * then.
   *
   * @param isPackage whether the element is a package
   * @param name its qualified name
   * @param annotation the annotation whose facades wait
   */
  private record Deferred(boolean isPackage, String name, String annotation) {}

  private final Set<Deferred> deferred = new LinkedHashSet<>();

  private FacadeValidator validator;
  private MethodCollector collector;
  private FacadeModelBuilder modelBuilder;
  private FacadeWriter writer;

  /** Creates the processor; javac finds it through {@code META-INF/services}. */
  public AsyncProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(AsyncAnnotation.CANONICAL_NAME, AsyncOfAnnotation.CANONICAL_NAME);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Elements elements = processingEnv.getElementUtils();
    if (writer == null) {
      validator = new FacadeValidator(elements, processingEnv.getTypeUtils());
      collector = new MethodCollector(elements, processingEnv.getTypeUtils());
      modelBuilder =
          new FacadeModelBuilder(
              elements, processingEnv.getTypeUtils(), new DocReferences(processingEnv));
      writer = new FacadeWriter(AsyncProcessor.class.getName());
    }
    List<Deferred> pending = new ArrayList<>(deferred);
    deferred.clear();
    for (String annotation : getSupportedAnnotationTypes()) {
      TypeElement annotationType = elements.getTypeElement(annotation);
      if (annotationType != null) {
        for (Element element : round.getElementsAnnotatedWith(annotationType)) {
          pending.add(new Deferred(element instanceof PackageElement, nameOf(element), annotation));
        }
      }
    }
    // By name: compilers list annotated elements in different orders, and which of two clashing
    // interfaces gets the error must not depend on that.
    pending.sort(Comparator.comparing(Deferred::name).thenComparing(Deferred::annotation));
    for (Deferred request : pending) {
      Element element =
          request.isPackage()
              ? elements.getPackageElement(request.name())
              : elements.getTypeElement(request.name());
      TypeElement annotationType = elements.getTypeElement(request.annotation());
      processSafely(element, annotationType, request, round.processingOver());
    }
    return false;
  }

  private void processSafely(
      Element element, TypeElement annotationType, Deferred request, boolean lastRound) {
    Reporter reporter = new Reporter(processingEnv.getMessager());
    try {
      List<FacadeRequest> facades;
      if (request.annotation().equals(AsyncAnnotation.CANONICAL_NAME)) {
        facades =
            validator
                .validateAsync(element, AsyncAnnotation.on(element, annotationType), reporter)
                .map(List::of)
                .orElse(List.of());
      } else {
        AsyncOfAnnotation annotation = AsyncOfAnnotation.on(element, annotationType);
        List<AsyncOfAnnotation.Entry> unresolved =
            annotation.entries().stream().filter(entry -> !entry.isResolved()).toList();
        if (!unresolved.isEmpty()) {
          if (!lastRound) {
            deferred.add(request);
            return;
          }
          for (AsyncOfAnnotation.Entry entry : unresolved) {
            reporter.error(
                Message.LISTED_UNRESOLVED,
                new Site(element, annotation.mirror(), entry.value()),
                nameOf(element));
          }
          return;
        }
        facades = validator.validateAsyncOf(element, annotation, reporter);
      }
      if (!facades.isEmpty()) {
        generate(facades, request, lastRound, reporter);
      }
    } catch (Exception | LinkageError | AssertionError unexpected) {
      StringWriter trace = new StringWriter();
      unexpected.printStackTrace(new PrintWriter(trace));
      reporter.error(Message.PROCESSOR_FAILURE, element, nameOf(element), trace);
    }
  }

  /** Writes every facade of one annotation, or none while a type they mention is missing. */
  private void generate(
      List<FacadeRequest> facades, Deferred request, boolean lastRound, Reporter reporter)
      throws IOException {
    List<MethodCollector.Listing> listings = new ArrayList<>();
    for (FacadeRequest facade : facades) {
      MethodCollector.Listing listing = collector.collect(facade.source());
      Optional<TypeMirror> unresolved =
          listing.mentionedTypes().stream()
              .filter(type -> type.getKind() == TypeKind.ERROR)
              .findFirst();
      if (unresolved.isPresent()) {
        if (lastRound) {
          reporter.error(
              Message.UNRESOLVED_TYPE,
              facade,
              facade.source(),
              facade.name(),
              facade.source().getQualifiedName(),
              facade.source().getSimpleName(),
              unresolved.get());
        } else {
          deferred.add(request);
        }
        return;
      }
      listings.add(listing);
    }
    for (int i = 0; i < facades.size(); i++) {
      validator.validateMembers(facades.get(i), listings.get(i).members(), reporter);
    }
    if (reporter.reportedErrors()) {
      return;
    }
    for (int i = 0; i < facades.size(); i++) {
      FacadeRequest facade = facades.get(i);
      JavaFile file =
          writer.write(modelBuilder.build(facade, listings.get(i).members()));
      Element origin = facade.site().element();
      try (Writer out =
          processingEnv.getFiler().createSourceFile(facade.name().canonicalName(), origin).openWriter()) {
        file.writeTo(out);
      }
    }
  }

  /** The qualified name of an annotated type or package. */
  private static String nameOf(Element element) {
    return ((QualifiedNameable) element).getQualifiedName().toString();
  }
}
