package dev.asyncify.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;

/** Compiles test sources the way a user's strict build would. */
final class Compilations {

  static final String[] STRICT_OPTIONS = {"-Xlint:all,-processing", "-Werror", "--release", "17"};

  private Compilations() {}

  static Compiler strictJavac() {
    return javac().withProcessors(new AsyncProcessor()).withOptions((Object[]) STRICT_OPTIONS);
  }

  static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  static Compilation compile(JavaFileObject... sources) {
    return strictJavac().compile(sources);
  }

  static String generated(Compilation compilation, String qualifiedName) {
    JavaFileObject file =
        compilation
            .generatedSourceFile(qualifiedName)
            .orElseThrow(() -> new AssertionError("no generated source " + qualifiedName));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
