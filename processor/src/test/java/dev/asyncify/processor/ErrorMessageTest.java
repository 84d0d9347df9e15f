package dev.asyncify.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.asyncify.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.asyncify.Async;
import dev.asyncify.processor.Compilations.TestCompiler;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** One test per message of the catalogue: its exact text, its file and its line. */
@ParameterizedClass
@EnumSource(TestCompiler.class)
class ErrorMessageTest {

  @Parameter TestCompiler compiler;

  @ParameterizedTest
  @CsvSource({
    "class, a class",
    "enum, an enum",
    "record, a record",
    "@interface, an annotation type",
  })
  void asyncOnAnythingButAnInterfaceIsAnError(String keyword, String described) {
    String body = keyword.equals("record") ? "Service()" : "Service";
    JavaFileObject file =
        source(
            "p.Service",
            "package p;\n\n@dev.asyncify.Async\npublic " + keyword + " " + body + " {}\n");

    Compilation compilation = compiler.compile(file);

    assertThat(compilation).hadErrorCount(1);
    String message =
        "[AsyncNotInterface] @Async applies to interfaces, but p.Service is "
            + described
            + ". Put @Async on an interface that declares the blocking methods, and let the"
            + " class implement it";
    if (compiler == TestCompiler.ECJ && keyword.equals("record")) {
      // ecj's Messager finds no position for an annotation of a record: the error has no file.
      assertThat(compilation).hadErrorContaining(message);
      return;
    }
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(file)
        .onLineContaining("@dev.asyncify.Async");
  }

  @Test
  void asyncOnAPrivateNestedInterfaceIsAnError() {
    JavaFileObject file =
        source(
            "p.Outer",
            """
            package p;

            public class Outer {
              @dev.asyncify.Async
              private interface Hidden {
                String value();
              }
            }
            """);

    Compilation compilation = compiler.compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncPrivateInterface] @Async interface p.Outer.Hidden is private, so its facade"
                + " Outer_HiddenAsync could not see it. Make Hidden package-private or public")
        .inFile(file)
        .onLineContaining("@dev.asyncify.Async");
  }

  @Test
  void asyncInsideAPrivateClassIsAnErrorNamingThatClass() {
    JavaFileObject file =
        source(
            "p.Outer",
            """
            package p;

            public class Outer {
              private static class Holder {
                @dev.asyncify.Async
                interface Service {
                  String value();
                }
              }
            }
            """);

    Compilation compilation = compiler.compile(file);

    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncPrivateInterface] @Async interface p.Outer.Holder.Service is private, so its"
                + " facade Outer_Holder_ServiceAsync could not see it. Make Holder package-private"
                + " or public")
        .inFile(file)
        .onLineContaining("@dev.asyncify.Async");
  }

  @ParameterizedTest
  @CsvSource({"9lives", "class", "a.b", "with space"})
  void aNameThatIsNotAJavaIdentifierIsAnErrorOnTheName(String name) {
    JavaFileObject file =
        source(
            "p.Service",
            "package p;\n\n@dev.asyncify.Async(\n    name = \""
                + name
                + "\")\npublic interface Service {\n  String value();\n}\n");

    Compilation compilation = compiler.compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncInvalidName] @Async(name = \""
                + name
                + "\") is not a valid Java identifier. Give the simple name of a type, such as"
                + " \"ServiceAsync\"")
        .inFile(file)
        .onLineContaining("name = ");
  }

  @Test
  void aFacadeNameThatIsAlreadyATypeIsAnError() {
    JavaFileObject service =
        source(
            "p.Service",
            """
            package p;

            @dev.asyncify.Async
            public interface Service {
              String value();
            }
            """);
    JavaFileObject existing = source("p.ServiceAsync", "package p;\n\nclass ServiceAsync {}\n");

    Compilation compilation = compiler.compile(service, existing);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncNameTaken] The facade of p.Service would be p.ServiceAsync, but a type of that"
                + " name already exists. Rename that type, or name the facade with @Async(name ="
                + " \"...\")")
        .inFile(service)
        .onLineContaining("@dev.asyncify.Async");
  }

  @Test
  void aChosenNameThatIsAlreadyATypeIsAnErrorOnTheName() {
    JavaFileObject service =
        source(
            "p.Service",
            """
            package p;

            @dev.asyncify.Async(
                name = "Service")
            public interface Service {
              String value();
            }
            """);

    Compilation compilation = compiler.compile(service);

    assertThat(compilation)
        .hadErrorContaining("[AsyncNameTaken] The facade of p.Service would be p.Service,")
        .inFile(service)
        .onLineContaining("name = ");
  }

  @Test
  void twoInterfacesWithOneFacadeNameIsAnErrorOnTheSecond() {
    JavaFileObject first =
        source(
            "p.First",
            "package p;\n\n@dev.asyncify.Async(name = \"Shared\")\npublic interface First {}\n");
    JavaFileObject second =
        source(
            "p.Second",
            "package p;\n\n@dev.asyncify.Async(name = \"Shared\")\npublic interface Second {}\n");

    Compilation compilation = compiler.compile(first, second);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncNameTaken] The facade of p.Second would be p.Shared, which is already the"
                + " facade of p.First. Name one of them with @Async(name = \"...\")")
        .inFile(second)
        .onLineContaining("@dev.asyncify.Async");
  }

  @Test
  void aMethodThatClashesWithTheFactoryIsAnErrorOnTheMethod() {
    JavaFileObject file =
        source(
            "p.Service",
            """
            package p;

            import java.util.concurrent.Executor;

            @dev.asyncify.Async
            public interface Service<T> {
              Service<T> of(Service<T> other, Executor executor);

              String of(String harmless);
            }
            """);

    Compilation compilation = compiler.compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncFactoryClash] Method of(Service, Executor) would clash with the factory method"
                + " of(Service, Executor) that the facade ServiceAsync declares. Rename the method,"
                + " or give it other parameter types")
        .inFile(file)
        .onLineContaining("Service<T> of(Service<T> other");
  }

  @Test
  void finalizeIsAnErrorOnTheMethodSinceNoClassCouldImplementItsFacade() {
    JavaFileObject file =
        source(
            "p.Resource",
            """
            package p;

            @dev.asyncify.Async
            public interface Resource {
              void finalize();

              Object clone();

              void finalize(int harmless);
            }
            """);

    Compilation compilation = compiler.compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncObjectMethod] Method finalize() cannot have a facade method: it would override"
                + " Object.finalize(), which returns void, with a method that returns a"
                + " CompletableFuture, so no class could implement the facade. Rename the method,"
                + " or write the facade of an interface that leaves it out")
        .inFile(file)
        .onLineContaining("void finalize();");
  }

  @Test
  void aGenericCloneIsAnErrorOnTheMethod() {
    JavaFileObject file =
        source(
            "p.Copier",
            """
            package p;

            @dev.asyncify.Async
            public interface Copier {
              <T> T clone();
            }
            """);

    Compilation compilation = compiler.compile(file);

    // ecj rejects the interface itself too ("Name clash"); javac accepts it.
    assertEquals(1, taggedErrors(compilation));
    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncObjectMethod] Method clone() cannot have a facade method: being generic, it"
                + " would have the erasure of Object.clone() without overriding it")
        .inFile(file)
        .onLineContaining("<T> T clone();");
  }

  @Test
  void aMethodWhoseArgumentsTakeMoreThan252SlotsIsAnErrorOnTheMethod() {
    String fits = parameters(250, "int") + ", long last";
    String tooMany = parameters(251, "int") + ", double last";
    JavaFileObject file =
        source(
            "p.Wide",
            "package p;\n\n@dev.asyncify.Async\npublic interface Wide {\n"
                + "  int fits("
                + fits
                + ");\n"
                + "  int tooMany("
                + tooMany
                + ");\n"
                + "}\n");

    Compilation compilation = compiler.compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncTooManyParameters] Method tooMany(...) takes 253 parameter slots (long and"
                + " double take two), but a facade call can pass at most 252: the JVM limits how"
                + " many values a call can capture. Pass the arguments in a record or an array")
        .inFile(file)
        .onLineContaining("int tooMany(");
  }

  /** The errors the processor reported, which carry a tag. */
  private static long taggedErrors(Compilation compilation) {
    return compilation.errors().stream()
        .filter(error -> error.getMessage(null).startsWith("[Async"))
        .count();
  }

  private static String parameters(int count, String type) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < count; i++) {
      list.append(i == 0 ? "" : ", ").append(type).append(" p").append(i);
    }
    return list.toString();
  }

  @Test
  void anInheritedMethodThatClashesWithTheFactoryIsAnErrorOnTheInterface() {
    JavaFileObject base =
        source("p.Base", "package p;\n\npublic interface Base {\n  void of(Service service);\n}\n");
    JavaFileObject service =
        source(
            "p.Service",
            "package p;\n\n@dev.asyncify.Async\npublic interface Service extends Base {}\n");

    Compilation compilation = compiler.compile(base, service);

    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncFactoryClash] Method Base.of(Service) would clash with the factory method"
                + " of(Service) that the facade ServiceAsync declares.")
        .inFile(service)
        .onLineContaining("public interface Service");
  }

  @Test
  void aMethodMentioningATypeTheFacadeCannotSeeIsAnErrorOnTheMethod() {
    JavaFileObject file =
        source(
            "p.Outer",
            """
            package p;

            import java.util.List;

            public class Outer {
              private static final class Secret {}

              @dev.asyncify.Async
              interface Service {
                String fine();

                List<? extends Secret> secrets();
              }
            }
            """);

    Compilation compilation = compiler.compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncInaccessibleType] Method secrets() mentions p.Outer.Secret, which the facade"
                + " Outer_ServiceAsync in package p cannot see. Make that type visible there, or"
                + " write the facade of another interface that leaves the method out")
        .inFile(file)
        .onLineContaining("secrets();");
  }

  @Test
  void aMissingRuntimeIsAnErrorThatNamesTheDependency() throws URISyntaxException {
    File annotationsOnly =
        new File(Async.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    JavaFileObject file =
        source(
            "p.Service",
            "package p;\n\n@dev.asyncify.Async\npublic interface Service {\n  String value();\n}\n");

    Compilation compilation =
        compiler
            .compiler()
            .withProcessors(new AsyncProcessor())
            .withClasspath(List.of(annotationsOnly))
            .compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncRuntimeMissing] The facade of p.Service needs dev.asyncify.runtime.Tasks, which"
                + " is not on the class path. Add the dependency dev.asyncify:asyncify-runtime")
        .inFile(file)
        .onLineContaining("@dev.asyncify.Async");
  }

  @Test
  void aTypeThatNeverAppearsIsReportedOnceWhenProcessingEnds() {
    JavaFileObject file =
        source(
            "p.Service",
            """
            package p;

            @dev.asyncify.Async
            public interface Service {
              Missing load();
            }
            """);

    Compilation compilation = compiler.compile(file);

    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncUnresolvedType] p.ServiceAsync, the facade of p.Service, was not written, because"
                + " Service mentions a type that does not exist: Missing")
        .inFile(file)
        .onLineContaining("public interface Service");
    long reports =
        compilation.errors().stream()
            .filter(error -> error.getMessage(null).contains("[AsyncUnresolvedType]"))
            .count();
    assertEquals(1, reports);
  }

  @Test
  void aFailureInsideTheProcessorIsACompileErrorWithItsStackTraceNotACrash() {
    JavaFileObject file =
        source(
            "p.Service",
            "package p;\n\n@dev.asyncify.Async\npublic interface Service {\n  String value();\n}\n");

    // A second processor instance fails to create the file the first one created.
    Compilation compilation =
        compiler
            .compiler()
            .withProcessors(new AsyncProcessor(), new AsyncProcessor())
            .compile(file);

    assertThat(compilation).hadErrorCount(1);
    Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
    String message = error.getMessage(null);
    assertTrue(
        message.startsWith(
            "[AsyncProcessorFailure] asyncify failed while writing the facade of p.Service. This"
                + " is a bug in asyncify; please report it with this stack trace:"),
        message);
    assertTrue(message.contains("at dev.asyncify.processor.AsyncProcessor"), message);
    assertThat(compilation).hadErrorContaining("FilerException").inFile(file);
  }
}
