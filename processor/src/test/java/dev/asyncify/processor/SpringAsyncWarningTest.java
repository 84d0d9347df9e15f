package dev.asyncify.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.asyncify.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.asyncify.processor.Compilations.TestCompiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Spring's {@code @Async} on an interface, where asyncify's was likely meant. */
@ParameterizedClass
@EnumSource(TestCompiler.class)
class SpringAsyncWarningTest {

  /** Spring's annotation, with its real name and targets. */
  private static final JavaFileObject SPRING_ASYNC =
      source(
          "org.springframework.scheduling.annotation.Async",
          """
          package org.springframework.scheduling.annotation;

          import java.lang.annotation.ElementType;
          import java.lang.annotation.Target;

          @Target({ElementType.TYPE, ElementType.METHOD})
          public @interface Async {
            String value() default "";
          }
          """);

  @Parameter TestCompiler compiler;

  @Test
  void springsAsyncOnAnInterfaceIsAWarningOnTheAnnotation() {
    JavaFileObject file =
        source(
            "shop.Outer",
            """
            package shop;

            import org.springframework.scheduling.annotation.Async;

            public class Outer {
              @Async
              public interface CustomerRepository {
                String customer(long id);
              }
            }
            """);

    Compilation compilation = compiler.compileAllowingWarnings(SPRING_ASYNC, file);

    assertThat(compilation).succeeded();
    assertEquals(1, compilation.warnings().size(), compilation.diagnostics().toString());
    assertThat(compilation)
        .hadWarningContaining(
            "[AsyncSpringAsync] Interface shop.Outer.CustomerRepository is annotated with Spring's"
                + " @Async, not dev.asyncify.Async, so no Outer_CustomerRepositoryAsync is written."
                + " If you meant asyncify's, import dev.asyncify.Async instead of"
                + " org.springframework.scheduling.annotation.Async")
        .inFile(file)
        .onLineContaining("@Async");
  }

  @Test
  void springsAsyncOnMethodsAndClassesAndBesideOursIsLeftAlone() {
    JavaFileObject file =
        source(
            "shop.Mailer",
            """
            package shop;

            import java.util.concurrent.CompletableFuture;
            import org.springframework.scheduling.annotation.Async;

            @dev.asyncify.Async
            @Async
            public interface Mailer {
              @Async
              CompletableFuture<Void> send(String to);

              @Async
              class Smtp {}
            }
            """);

    Compilation compilation = compiler.compile(SPRING_ASYNC, file);

    Compilations.assertClean(compilation);
  }
}
