package dev.asyncify.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.asyncify.processor.Compilations.generated;
import static dev.asyncify.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.asyncify.processor.Compilations.TestCompiler;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code @AsyncOf}: facades of interfaces the user does not own. */
@ParameterizedClass
@EnumSource(TestCompiler.class)
class AsyncOfTest {

  @Parameter TestCompiler compiler;

  private static final JavaFileObject LIBRARY =
      source(
          "lib.Client",
          """
          package lib;

          import java.io.IOException;

          public interface Client {
            String fetch(String path) throws IOException;

            interface Session extends java.io.Closeable {
              long id();
            }
          }
          """);

  @Test
  void listedInterfacesGetFacadesInThePackageOfTheAnnotatedType() {
    Compilation compilation =
        compiler.compile(
            LIBRARY,
            source(
                "app.Facades",
                """
                package app;

                import dev.asyncify.AsyncOf;

                @AsyncOf({lib.Client.class, lib.Client.Session.class})
                final class Facades {}
                """));

    Compilations.assertClean(compilation);
    Golden.assertMatches(
        "app/ClientAsync.java", generated(compilation, "app.ClientAsync"), compiler);
    Golden.assertMatches(
        "app/Client_SessionAsync.java",
        generated(compilation, "app.Client_SessionAsync"),
        compiler);
  }

  @Test
  void asyncOfOnAPackageWritesIntoThatPackage() {
    Compilation compilation =
        compiler.compile(
            LIBRARY,
            source(
                "app.package-info",
                """
                @AsyncOf(lib.Client.class)
                package app;

                import dev.asyncify.AsyncOf;
                """));

    Compilations.assertClean(compilation);
    assertThat(compilation).generatedSourceFile("app.ClientAsync");
  }

  @Test
  void largeInterfacesOfTheJdkGetFacadesThatCompileWithoutAWarning() {
    List<String> jdkInterfaces =
        List.of(
            "java.sql.Connection",
            "java.sql.ResultSet",
            "java.sql.PreparedStatement",
            "java.sql.CallableStatement",
            "java.sql.DatabaseMetaData",
            "javax.sql.DataSource",
            "java.util.Map",
            "java.util.Map.Entry",
            "java.util.NavigableMap",
            "java.util.List",
            "java.util.Deque",
            "java.util.NavigableSet",
            "java.util.Iterator",
            "java.util.Comparator",
            "java.util.stream.Stream",
            "java.util.stream.IntStream",
            "java.util.concurrent.BlockingQueue",
            "java.util.concurrent.ExecutorService",
            "java.util.concurrent.ConcurrentMap",
            "java.util.function.Function",
            "java.nio.channels.SeekableByteChannel",
            "java.nio.file.WatchService",
            "java.lang.CharSequence",
            "java.lang.Appendable",
            "java.lang.Iterable");
    StringBuilder listed = new StringBuilder();
    for (String name : jdkInterfaces) {
      listed.append(listed.length() == 0 ? "" : ",\n    ").append(name).append(".class");
    }

    Compilation compilation =
        compiler.compile(
            source(
                "jdk.Facades",
                "package jdk;\n\n@dev.asyncify.AsyncOf({\n    "
                    + listed
                    + "\n})\nfinal class Facades {}\n"));

    Compilations.assertClean(compilation);
    for (String name : jdkInterfaces) {
      // java.util.Map.Entry gives Map_EntryAsync: the type's simple names, joined.
      String[] parts = name.split("\\.");
      int firstType = 0;
      while (!Character.isUpperCase(parts[firstType].charAt(0))) {
        firstType++;
      }
      String facade =
          String.join("_", Arrays.copyOfRange(parts, firstType, parts.length)) + "Async";
      assertThat(compilation).generatedSourceFile("jdk." + facade);
    }
  }

  @Test
  void aListedClassIsAnErrorOnItsClassLiteral() {
    JavaFileObject file =
        source(
            "app.Facades",
            """
            package app;

            @dev.asyncify.AsyncOf({
                java.lang.Runnable.class,
                java.lang.String.class
            })
            final class Facades {}
            """);

    Compilation compilation = compiler.compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncOfNotInterface] @AsyncOf lists java.lang.String, which is a class. List only"
                + " interfaces")
        .inFile(file)
        .onLineContaining(
            compiler.lineOfValue("java.lang.String.class", "@dev.asyncify.AsyncOf({"));
  }

  @Test
  void aListedInterfaceTheTargetPackageCannotSeeIsAnError() {
    // A protected nested interface can be named inside a subclass, but not by a facade next to it.
    JavaFileObject base =
        source(
            "lib.Base",
            "package lib;\n\npublic class Base {\n  protected interface Hook {\n    String value();\n  }\n}\n");
    JavaFileObject file =
        source(
            "app.Plugin",
            """
            package app;

            public class Plugin extends lib.Base {
              @dev.asyncify.AsyncOf({
                  Hook.class
              })
              static final class Facades {}
            }
            """);

    Compilation compilation = compiler.compile(base, file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncOfInaccessible] @AsyncOf lists lib.Base.Hook, which code in app cannot see. List"
                + " interfaces that are public, in public types, or put @AsyncOf in the package of"
                + " lib.Base.Hook")
        .inFile(file)
        .onLineContaining(compiler.lineOfValue("Hook.class", "@dev.asyncify.AsyncOf({"));
  }

  @Test
  void aListedClassThatDoesNotExistIsReportedOnItsClassLiteral() {
    JavaFileObject file =
        source(
            "app.Facades",
            """
            package app;

            @dev.asyncify.AsyncOf({
                lib.Missing.class
            })
            final class Facades {}
            """);

    Compilation compilation = compiler.compile(file);

    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncOfUnresolvedType] @AsyncOf on app.Facades lists a class that does not exist or"
                + " cannot be seen: no facade was written")
        .inFile(file)
        .onLineContaining(compiler.lineOfValue("lib.Missing.class", "@dev.asyncify.AsyncOf({"));
  }

  @Test
  void twoListedInterfacesWithOneFacadeNameIsAnErrorOnTheSecond() {
    JavaFileObject first = source("a.Service", "package a;\n\npublic interface Service {}\n");
    JavaFileObject second = source("b.Service", "package b;\n\npublic interface Service {}\n");
    JavaFileObject file =
        source(
            "app.Facades",
            """
            package app;

            @dev.asyncify.AsyncOf({
                a.Service.class,
                b.Service.class
            })
            final class Facades {}
            """);

    Compilation compilation = compiler.compile(first, second, file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncNameTaken] The facade of b.Service would be app.ServiceAsync, which is already"
                + " the facade of a.Service. Put one @AsyncOf on an element of another package")
        .inFile(file)
        .onLineContaining(compiler.lineOfValue("b.Service.class", "@dev.asyncify.AsyncOf({"));
  }

  @Test
  void aListedInterfaceWhoseFacadeNameIsTakenIsAnErrorOnItsClassLiteral() {
    JavaFileObject file =
        source(
            "app.Facades",
            """
            package app;

            @dev.asyncify.AsyncOf({
                lib.Client.class
            })
            final class Facades {}
            """);
    JavaFileObject existing = source("app.ClientAsync", "package app;\n\nclass ClientAsync {}\n");

    Compilation compilation = compiler.compile(LIBRARY, file, existing);

    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncNameTaken] The facade of lib.Client would be app.ClientAsync, but a type of that"
                + " name already exists. Rename that type, or put @AsyncOf on an element of another"
                + " package")
        .inFile(file)
        .onLineContaining(compiler.lineOfValue("lib.Client.class", "@dev.asyncify.AsyncOf({"));
  }

  @Test
  void aListedInterfaceWithAnOfMethodThatClashesIsAnErrorOnItsClassLiteral() {
    JavaFileObject clashing =
        source(
            "lib.Factory",
            "package lib;\n\npublic interface Factory {\n  Factory of(Factory other);\n}\n");
    JavaFileObject file =
        source(
            "app.Facades",
            """
            package app;

            @dev.asyncify.AsyncOf({
                lib.Factory.class
            })
            final class Facades {}
            """);

    Compilation compilation = compiler.compile(clashing, file);

    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncFactoryClash] Method of(Factory) would clash with the factory method of(Factory)"
                + " that the facade FactoryAsync declares.")
        .inFile(file)
        .onLineContaining(compiler.lineOfValue("lib.Factory.class", "@dev.asyncify.AsyncOf({"));
  }

  @Test
  void aListedInterfaceMentioningAPackagePrivateTypeIsAnErrorOnItsClassLiteral() {
    JavaFileObject internal = source("lib.Internal", "package lib;\n\nclass Internal {}\n");
    JavaFileObject leaky =
        source(
            "lib.Leaky",
            "package lib;\n\npublic interface Leaky {\n  void take(int count, Internal[] internals);\n}\n");
    JavaFileObject file =
        source(
            "app.Facades",
            """
            package app;

            @dev.asyncify.AsyncOf({
                lib.Leaky.class
            })
            final class Facades {}
            """);

    Compilation compilation = compiler.compile(internal, leaky, file);

    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncInaccessibleType] Method take(int, Internal[]) mentions lib.Internal, which the"
                + " facade LeakyAsync in package app cannot see.")
        .inFile(file)
        .onLineContaining(compiler.lineOfValue("lib.Leaky.class", "@dev.asyncify.AsyncOf({"));
  }

  @Test
  void typeUseAnnotationsTheFacadePackageCannotSeeAreLeftOut() {
    JavaFileObject hiddenMark =
        source(
            "lib.Mark",
            """
            package lib;

            import java.lang.annotation.ElementType;
            import java.lang.annotation.Target;

            @Target(ElementType.TYPE_USE)
            @interface Mark {}
            """);
    JavaFileObject marked =
        source(
            "lib.Marked",
            """
            package lib;

            import org.jspecify.annotations.Nullable;

            public interface Marked {
              @Mark @Nullable String name(@Mark @Nullable String key);
            }
            """);
    JavaFileObject file =
        source(
            "app.Facades",
            "package app;\n\n@dev.asyncify.AsyncOf(lib.Marked.class)\nfinal class Facades {}\n");

    Compilation compilation = compiler.compile(hiddenMark, marked, file);

    Compilations.assertClean(compilation);
    String facade = generated(compilation, "app.MarkedAsync");
    assertThat(compilation)
        .generatedSourceFile("app.MarkedAsync")
        .contentsAsUtf8String()
        .contains("CompletableFuture<@Nullable String> name(@Nullable String key);");
    org.junit.jupiter.api.Assertions.assertFalse(facade.contains("Mark "), facade);
  }
}
