package dev.asyncify.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.asyncify.processor.Compilations.generated;
import static dev.asyncify.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.asyncify.processor.Compilations.TestCompiler;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Facades that follow the interface hierarchy: {@code FilesAsync extends LinesAsync}. */
@ParameterizedClass
@EnumSource(TestCompiler.class)
class FacadeHierarchyTest {

  private static final JavaFileObject LINES =
      source(
          "text.Lines",
          """
          package text;

          import dev.asyncify.Async;
          import java.io.IOException;

          @Async
          public interface Lines {
            String line(int number) throws IOException;

            Object describe();
          }
          """);

  private static final JavaFileObject REPO =
      source(
          "data.Repo",
          """
          package data;

          import dev.asyncify.Async;
          import java.util.Optional;

          @Async(name = "AsyncRepository")
          public interface Repo<T, ID extends Comparable<ID>> {
            Optional<T> find(ID id);
          }
          """);

  @Parameter TestCompiler compiler;

  @Test
  void aFacadeExtendsTheFacadeOfItsAsyncParentAndMarksTheMethodsItRepeats() {
    Compilation compilation =
        compiler.compile(
            LINES,
            source(
                "text.Files",
                """
                package text;

                import dev.asyncify.Async;
                import java.io.IOException;
                import java.util.List;

                @Async
                public interface Files extends Lines {
                  List<String> list(String directory) throws IOException;
                }
                """));

    Compilations.assertClean(compilation);
    Golden.assertMatches(
        "hierarchy/FilesAsync.java", generated(compilation, "text.FilesAsync"), compiler);
  }

  @Test
  void typeArgumentsAndTheParentsOwnFacadeNameCarryOver() {
    Compilation compilation =
        compiler.compile(
            REPO,
            source(
                "data.UserRepo",
                """
                package data;

                import dev.asyncify.Async;

                @Async
                public interface UserRepo<K extends Comparable<K>> extends Repo<String, K> {}
                """));

    Compilations.assertClean(compilation);
    Golden.assertMatches(
        "hierarchy/UserRepoAsync.java", generated(compilation, "data.UserRepoAsync"), compiler);
  }

  @Test
  void aParentWhoseResultTheChildNarrowsIsNotExtendedAndANoteSaysWhy() {
    JavaFileObject files =
        source(
            "text.Files",
            """
            package text;

            import dev.asyncify.Async;

            @Async
            public interface Files extends Lines {
              @Override
              String describe();
            }
            """);

    Compilation compilation = compiler.compile(LINES, files);

    Compilations.assertClean(compilation);
    assertThat(compilation)
        .hadNoteContaining(
            "[AsyncParentNotExtended] FilesAsync does not extend LinesAsync: Files narrows the"
                + " result of describe() (java.lang.String, where it has java.lang.Object), so its"
                + " facade method cannot override the one of Lines's facade")
        .inFile(files)
        .onLineContaining("public interface Files");
    assertEquals(
        List.of(),
        List.of(
            generated(compilation, "text.FilesAsync")
                .lines()
                .filter(line -> line.contains("interface FilesAsync extends"))
                .toArray()));
  }

  @Test
  void aParentFromAJarGetsItsFacadeFromThatJar(@TempDir Path jar) throws Exception {
    Compilation parent = compiler.compile(LINES);
    Compilations.assertClean(parent);
    writeClasses(parent, jar);

    Compilation child = compileAgainst(jar, FILES);

    Compilations.assertClean(child);
    assertThat(child)
        .generatedSourceFile("text.FilesAsync")
        .contentsAsUtf8String()
        .contains("public interface FilesAsync extends LinesAsync {");
  }

  @Test
  void aParentFromAJarBuiltWithoutTheProcessorIsAnErrorThatSaysSo(@TempDir Path jar)
      throws Exception {
    Compilation parent =
        Compiler.javac().withOptions("--release", "17", "-proc:none").compile(LINES);
    assertThat(parent).succeeded();
    writeClasses(parent, jar);

    Compilation child = compileAgainst(jar, FILES);

    assertThat(child).hadErrorCount(1);
    assertThat(child)
        .hadErrorContaining(
            "[AsyncParentFacadeMissing] Interface text.Files extends text.Lines, which is"
                + " annotated @Async, but its facade text.LinesAsync does not exist: Lines was"
                + " compiled without asyncify's processor. Compile it with asyncify-processor on"
                + " the processor path, or remove @Async from it")
        .inFile(FILES)
        .onLineContaining("public interface Files");
  }

  private static final JavaFileObject FILES =
      source(
          "text.Files",
          """
          package text;

          import dev.asyncify.Async;

          @Async
          public interface Files extends Lines {
            long size(String name);
          }
          """);

  private Compilation compileAgainst(Path classes, JavaFileObject... sources) {
    String classPath = classes + File.pathSeparator + System.getProperty("java.class.path");
    return compiler.compile(List.of("-classpath", classPath), sources);
  }

  private static void writeClasses(Compilation compilation, Path directory) throws Exception {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        // compile-testing's in-memory files: mem:///CLASS_OUTPUT/text/Lines.class
        String path = file.toUri().getPath();
        String marker = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/";
        Path target = directory.resolve(path.substring(path.indexOf(marker) + marker.length()));
        Files.createDirectories(target.getParent());
        try (var in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
  }
}
