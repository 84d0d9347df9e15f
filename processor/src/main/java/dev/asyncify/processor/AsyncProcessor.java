package dev.asyncify.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;
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
   * An annotated element to process, by name: waiting for a later round, the element may be another
   * object then.
   *
   * @param isPackage whether the element is a package
   * @param name its qualified name
   * @param annotation the annotation whose facades it asks for
   */
  private record Pending(boolean isPackage, String name, String annotation) {}

  /**
   * {@code -Aasyncify.spring=false} keeps the processor from writing Spring configurations where
   * the starter is on the class path.
   */
  static final String SPRING_OPTION = "asyncify.spring";

  /** The annotations that ask for facades; Spring's @Async is looked at only to warn. */
  private static final List<String> FACADE_ANNOTATIONS =
      List.of(AsyncAnnotation.CANONICAL_NAME, AsyncOfAnnotation.CANONICAL_NAME);

  private final Set<Pending> waiting = new LinkedHashSet<>();

  /** The interfaces annotated {@code @Async} in this compilation so far: their facades are ours. */
  private final Set<String> annotatedInterfaces = new HashSet<>();

  private PackageTypes packageTypes;
  private FacadeValidator validator;
  private FacadeModelBuilder modelBuilder;
  private FacadeWriter writer;

  /** Writes each facade's Spring configuration; null unless the starter is on the class path. */
  private SpringConfigurationWriter springWriter;

  /** Creates the processor; javac finds it through {@code META-INF/services}. */
  public AsyncProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        AsyncAnnotation.CANONICAL_NAME,
        AsyncOfAnnotation.CANONICAL_NAME,
        SpringAsyncCheck.SPRING_ASYNC);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(SPRING_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Elements elements = processingEnv.getElementUtils();
    if (writer == null) {
      packageTypes = new PackageTypes(elements);
      validator =
          new FacadeValidator(
              elements, processingEnv.getTypeUtils(), packageTypes, annotatedInterfaces);
      modelBuilder =
          new FacadeModelBuilder(
              elements,
              processingEnv.getTypeUtils(),
              new DocReferences(processingEnv),
              packageTypes);
      writer = new FacadeWriter(AsyncProcessor.class.getName());
      springWriter =
          writesSpringConfigurations(elements)
              ? new SpringConfigurationWriter(AsyncProcessor.class.getName())
              : null;
    }
    packageTypes.startRound();
    List<Pending> pending = new ArrayList<>(waiting);
    waiting.clear();
    for (String annotation : FACADE_ANNOTATIONS) {
      TypeElement annotationType = elements.getTypeElement(annotation);
      if (annotationType != null) {
        for (Element element : round.getElementsAnnotatedWith(annotationType)) {
          pending.add(new Pending(element instanceof PackageElement, nameOf(element), annotation));
        }
      }
    }
    TypeElement springAsync = elements.getTypeElement(SpringAsyncCheck.SPRING_ASYNC);
    if (springAsync != null) {
      Reporter reporter = new Reporter(processingEnv.getMessager());
      round.getElementsAnnotatedWith(springAsync).stream()
          .sorted(Comparator.comparing(Element::toString))
          .forEach(element -> SpringAsyncCheck.check(element, reporter));
    }
    // By name: compilers list annotated elements in different orders, and which of two clashing
    // interfaces gets the error must not depend on that.
    pending.sort(Comparator.comparing(Pending::name).thenComparing(Pending::annotation));
    // All of this round's, before any is validated: a facade may extend one written after it.
    for (Pending request : pending) {
      if (request.annotation().equals(AsyncAnnotation.CANONICAL_NAME)) {
        annotatedInterfaces.add(request.name());
      }
    }
    for (Pending request : pending) {
      Element element =
          request.isPackage()
              ? elements.getPackageElement(request.name())
              : elements.getTypeElement(request.name());
      processSafely(
          element, elements.getTypeElement(request.annotation()), request, round.processingOver());
    }
    return false;
  }

  /** Validates, then writes every facade or waits; any failure of ours becomes an error. */
  private void processSafely(
      Element element, TypeElement annotationType, Pending request, boolean lastRound) {
    Reporter reporter = new Reporter(processingEnv.getMessager());
    try {
      Validation validation = validator.validate(element, annotationType, lastRound, reporter);
      if (validation instanceof Validation.Waiting) {
        waiting.add(request);
      } else if (validation instanceof Validation.Ready ready) {
        for (Validation.ValidFacade facade : ready.facades()) {
          write(facade);
        }
      }
    } catch (Exception | LinkageError | AssertionError unexpected) {
      StringWriter trace = new StringWriter();
      unexpected.printStackTrace(new PrintWriter(trace));
      reporter.error(Message.PROCESSOR_FAILURE, element, nameOf(element), trace);
    }
  }

  private void write(Validation.ValidFacade facade) throws IOException {
    FacadeRequest request = facade.request();
    Facade model =
        modelBuilder.build(request, facade.members(), facade.parents(), facade.policies());
    writeSource(model.name(), writer.write(model), request);
    if (springWriter != null) {
      writeSource(
          SpringConfigurationWriter.configurationName(model.name()),
          springWriter.write(model),
          request);
    }
  }

  private void writeSource(ClassName name, JavaFile file, FacadeRequest request)
      throws IOException {
    try (Writer out =
        processingEnv
            .getFiler()
            .createSourceFile(name.canonicalName(), request.site().element())
            .openWriter()) {
      file.writeTo(out);
    }
  }

  /** Whether the starter is on the class path and the build did not say no. */
  private boolean writesSpringConfigurations(Elements elements) {
    return !"false".equals(processingEnv.getOptions().get(SPRING_OPTION))
        && elements.getTypeElement(SpringConfigurationWriter.FACADE_BEANS.canonicalName()) != null;
  }

  /** The qualified name of an annotated type or package. */
  private static String nameOf(Element element) {
    return ((QualifiedNameable) element).getQualifiedName().toString();
  }
}
