package dev.asyncify.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Writes a CompletableFuture facade for every {@code @Async} interface: validate, build the
 * model, write it. An interface that mentions a type not generated yet waits for a later round.
 */
@AutoService(Processor.class)
public final class AsyncProcessor extends AbstractProcessor {

  /** Interfaces waiting for a type another processor has yet to write, by qualified name. */
  private final Set<String> deferred = new LinkedHashSet<>();

  private FacadeValidator validator;
  private MethodCollector collector;
  private FacadeModelBuilder modelBuilder;
  private FacadeWriter writer;

  /** Creates the processor; javac finds it through {@code META-INF/services}. */
  public AsyncProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(AsyncAnnotation.CANONICAL_NAME);
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
      modelBuilder = new FacadeModelBuilder(elements, processingEnv.getTypeUtils());
      writer = new FacadeWriter(AsyncProcessor.class.getName());
    }
    TypeElement async = elements.getTypeElement(AsyncAnnotation.CANONICAL_NAME);
    List<Element> pending = new ArrayList<>();
    for (String name : deferred) {
      pending.add(elements.getTypeElement(name));
    }
    deferred.clear();
    if (async != null) {
      pending.addAll(round.getElementsAnnotatedWith(async));
    }
    for (Element element : pending) {
      processSafely(element, async, round.processingOver());
    }
    return false;
  }

  private void processSafely(Element element, TypeElement async, boolean lastRound) {
    Reporter reporter = new Reporter(processingEnv.getMessager());
    try {
      process(element, AsyncAnnotation.on(element, async), lastRound, reporter);
    } catch (Exception | LinkageError | AssertionError unexpected) {
      StringWriter trace = new StringWriter();
      unexpected.printStackTrace(new PrintWriter(trace));
      reporter.error(Message.PROCESSOR_FAILURE, element, element, trace);
    }
  }

  private void process(
      Element element, AsyncAnnotation annotation, boolean lastRound, Reporter reporter)
      throws IOException {
    Optional<ClassName> name = validator.validateInterface(element, annotation, reporter);
    if (name.isEmpty()) {
      return;
    }
    TypeElement source = (TypeElement) element;
    MethodCollector.Listing listing = collector.collect(source);
    Optional<TypeMirror> unresolved =
        listing.mentionedTypes().stream()
            .filter(type -> type.getKind() == TypeKind.ERROR)
            .findFirst();
    if (unresolved.isPresent()) {
      if (lastRound) {
        reporter.error(
            Message.UNRESOLVED_TYPE, source, name.get(), source.getSimpleName(), unresolved.get());
      } else {
        deferred.add(source.getQualifiedName().toString());
      }
      return;
    }
    validator.validateMembers(source, name.get(), listing.members(), reporter);
    if (reporter.reportedErrors()) {
      return;
    }
    JavaFile file = writer.write(modelBuilder.build(source, name.get(), listing.members()));
    try (Writer out =
        processingEnv.getFiler().createSourceFile(name.get().canonicalName(), source).openWriter()) {
      file.writeTo(out);
    }
  }
}
