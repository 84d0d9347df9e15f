package dev.asyncify.benchmarks;

import dev.asyncify.processor.AsyncProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 4: javac over {@code interfaces} {@code @Async} interfaces of 10 methods each, once with
 * the processor writing the facades, once with {@code -proc:none} and the facades already written.
 * The difference, divided by {@code interfaces}, is the processor's own cost per interface.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class CompileCostBenchmark {

  @Param({"10", "100", "1000"})
  public int interfaces;

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private Path workspace;
  private List<Path> corpus;
  private List<Path> corpusAndFacades;

  @Setup
  public void setUp() throws IOException {
    workspace = Files.createTempDirectory("asyncify-compile-cost");
    Path sources = Files.createDirectories(workspace.resolve("src/corpus"));
    corpus = new ArrayList<>();
    for (int i = 0; i < interfaces; i++) {
      Path file = sources.resolve("Service" + i + ".java");
      Files.writeString(file, serviceSource(i), StandardCharsets.UTF_8);
      corpus.add(file);
    }
    Path generated = Files.createDirectories(workspace.resolve("generated"));
    compile(corpus, List.of(new AsyncProcessor()), "-s", generated.toString());
    corpusAndFacades = new ArrayList<>(corpus);
    try (Stream<Path> facades = Files.list(generated.resolve("corpus"))) {
      facades.sorted().forEach(corpusAndFacades::add);
    }
    if (corpusAndFacades.size() != 2 * interfaces) {
      throw new IllegalStateException("expected a facade per interface in " + generated);
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(workspace)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  @Benchmark
  public boolean withProcessor() throws IOException {
    Path generated = Files.createDirectories(workspace.resolve("generated-run"));
    TimedProcessor timed = new TimedProcessor(new AsyncProcessor());
    boolean compiled = compile(corpus, List.of(timed), "-s", generated.toString());
    ownNanos.add(timed.nanos);
    return compiled;
  }

  /**
   * Writes the processor's own time per interface, averaged over the last {@value #MEASURED} runs
   * (JMH's measurement iterations): the end-to-end difference above is javac's too, and on this
   * machine its noise is larger than the processor's share. {@code benchmarks/run} runs JMH from
   * the repository, so the file lands beside the CSV.
   */
  @TearDown
  public void writeOwnTime() throws IOException {
    if (ownNanos.size() < MEASURED) {
      return;
    }
    double mean =
        ownNanos.subList(ownNanos.size() - MEASURED, ownNanos.size()).stream()
                .mapToLong(Long::longValue)
                .average()
                .orElseThrow()
            / 1e6
            / interfaces;
    Path results = Files.createDirectories(Path.of("benchmarks", "target", "results"));
    Files.writeString(
        results.resolve("processor-own-" + interfaces + ".txt"),
        String.format(Locale.ROOT, "%.3f%n", mean),
        StandardCharsets.UTF_8);
  }

  private static final int MEASURED = 5;
  private final List<Long> ownNanos = new ArrayList<>();

  /** The processor, timed: only what its own {@code init} and {@code process} take. */
  private static final class TimedProcessor extends AbstractProcessor {
    private final AsyncProcessor delegate;
    long nanos;

    TimedProcessor(AsyncProcessor delegate) {
      this.delegate = delegate;
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
      long start = System.nanoTime();
      delegate.init(environment);
      nanos += System.nanoTime() - start;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    @SuppressWarnings("DoNotClaimAnnotations") // it answers what the timed processor answers
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      long start = System.nanoTime();
      boolean claimed = delegate.process(annotations, round);
      nanos += System.nanoTime() - start;
      return claimed;
    }
  }

  @Benchmark
  public boolean facadesWrittenNoProcessor() {
    return compile(corpusAndFacades, List.of(), "-proc:none");
  }

  private boolean compile(List<Path> files, List<Processor> processors, String... extraOptions) {
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>();
      options.addAll(
          List.of(
              "--release",
              "17",
              "-classpath",
              System.getProperty("java.class.path"),
              "-d",
              workspace.resolve("classes").toString(),
              "-implicit:none"));
      options.addAll(List.of(extraOptions));
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              fileManager,
              null,
              options,
              null,
              fileManager.getJavaFileObjectsFromPaths(files));
      task.setProcessors(processors);
      if (!task.call()) {
        throw new IllegalStateException("the corpus did not compile");
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An interface of 10 methods of the shapes users write. */
  static String serviceSource(int index) {
    return """
        package corpus;

        import dev.asyncify.Async;
        import java.io.IOException;
        import java.util.List;
        import java.util.Map;
        import java.util.Optional;
        import java.util.concurrent.CompletableFuture;

        @Async
        public interface Service%d {
          String fetch(String key) throws IOException;

          int count(int from, long to);

          void store(List<String> items);

          Optional<Integer> find(Integer id);

          <T extends Comparable<T>> T largest(List<T> values);

          CompletableFuture<String> remote(String url);

          long[] sizes(String... names);

          Map<String, List<Integer>> index();

          default boolean isEmpty(String key) throws IOException {
            return fetch(key).isEmpty();
          }

          double ratio(double a, double b) throws Exception;
        }
        """
        .formatted(index);
  }
}
