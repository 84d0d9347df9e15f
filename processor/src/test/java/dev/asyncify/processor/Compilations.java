package dev.asyncify.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/** Compiles test sources the way a user's strict build would, with javac or with ecj. */
final class Compilations {

  /** Where test sources are written: ecj reads sources only from real files. */
  private static final Path SOURCES = Path.of("target", "test-compilations");

  private Compilations() {}

  /** The two compilers a user may run the processor in, each as strict as it can be made. */
  enum TestCompiler {
    /** javac with every lint warning an error. */
    JAVAC(List.of("-Xlint:all,-processing", "-Werror", "--release", "17")),
    /**
     * Eclipse's compiler, the one of Eclipse IDE and {@code compilerId=eclipse}, with the warnings
     * that match javac's lint categories (deprecation, raw types, unchecked, casts, varargs)
     * failing the build.
     */
    ECJ(
        List.of(
            "--release",
            "17",
            "-warn:+deprecation,+raw,+unchecked,+uselessTypeCheck,+varargsCast,+dep-ann,+unusedImport",
            "-failOnWarning"));

    private final List<String> options;

    TestCompiler(List<String> options) {
      this.options = options;
    }

    /** This compiler with the processor and the strict options, as compile-testing drives it. */
    Compiler compiler() {
      return compiler(options);
    }

    private Compiler compiler(List<String> options) {
      Compiler compiler =
          this == JAVAC ? Compiler.javac() : Compiler.compiler(new EclipseCompiler());
      return compiler.withProcessors(new AsyncProcessor()).withOptions(options);
    }

    Compilation compile(JavaFileObject... sources) {
      return compile(List.of(), sources);
    }

    /** Compiles with {@code extraOptions} after the strict ones ({@code -Akey=value}, say). */
    Compilation compile(List<String> extraOptions, JavaFileObject... sources) {
      List<String> all = new ArrayList<>(options);
      all.addAll(extraOptions);
      return compileWith(all, sources);
    }

    /**
     * Compiles with every warning enabled but none fatal, for the tests of a warning: ecj's {@code
     * -failOnWarning} fails a compilation without an error that compile-testing can read.
     */
    Compilation compileAllowingWarnings(JavaFileObject... sources) {
      return compileWith(
          options.stream()
              .filter(o -> !o.equals("-Werror") && !o.equals("-failOnWarning"))
              .toList(),
          sources);
    }

    private Compilation compileWith(List<String> options, JavaFileObject... sources) {
      if (this == JAVAC) {
        return compiler(options).compile(sources);
      }
      // ecj prints every diagnostic, and a harmless internal NullPointerException about a location
      // compile-testing leaves unset, to the console when it is given no writer, as
      // compile-testing does; its diagnostics reach the Compilation all the same.
      synchronized (Compilations.class) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(discard);
        System.setErr(discard);
        try {
          return compiler(options).compile(sources);
        } finally {
          System.setOut(out);
          System.setErr(err);
        }
      }
    }

    /**
     * The text of the line that an error on an element of an annotation's array value stands on:
     * javac's Messager points at that element, ecj's at the annotation.
     */
    String lineOfValue(String valueLine, String annotationLine) {
      return this == JAVAC ? valueLine : annotationLine;
    }
  }

  /**
   * A source file with this text, written to disk under a directory of its own, so that both
   * compilers can read it and tests can point at it in a diagnostic.
   */
  static JavaFileObject source(String qualifiedName, String text) {
    try {
      Files.createDirectories(SOURCES);
      Path root = Files.createTempDirectory(SOURCES.toAbsolutePath(), "src");
      Path file = root.resolve(qualifiedName.replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles with strict javac. */
  static Compilation compile(JavaFileObject... sources) {
    return TestCompiler.JAVAC.compile(sources);
  }

  /**
   * Fails unless {@code compilation} succeeded without a warning, listing every diagnostic with its
   * file and line: ecj's diagnostics print as object ids in compile-testing's own message.
   */
  static void assertClean(Compilation compilation) {
    if (compilation.status() == Compilation.Status.SUCCESS && compilation.warnings().isEmpty()) {
      return;
    }
    StringBuilder report = new StringBuilder("the compilation was not clean:");
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      if (diagnostic.getKind() != Diagnostic.Kind.NOTE) {
        report
            .append("\n")
            .append(diagnostic.getKind())
            .append(" in ")
            .append(diagnostic.getSource() == null ? "?" : diagnostic.getSource().getName())
            .append(":")
            .append(diagnostic.getLineNumber())
            .append(": ")
            .append(diagnostic.getMessage(Locale.ROOT));
      }
    }
    if (compilation.status() == Compilation.Status.SUCCESS) {
      compilation
          .generatedSourceFiles()
          .forEach(
              file ->
                  report.append("\n\n").append(file.getName()).append(":\n").append(text(file)));
    }
    throw new AssertionError(report);
  }

  static String generated(Compilation compilation, String qualifiedName) {
    JavaFileObject file =
        compilation
            .generatedSourceFile(qualifiedName)
            .orElseThrow(() -> new AssertionError("no generated source " + qualifiedName));
    return text(file);
  }

  private static String text(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
