package dev.asyncify.processor;

import static dev.asyncify.processor.Compilations.generated;
import static dev.asyncify.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.asyncify.processor.Compilations.TestCompiler;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Spring configuration written next to each facade when the starter is on the class path. The
 * Spring and starter types are stubs with the real ones' signatures; the starter's own tests run
 * the real thing on Boot 3.5 and 4.0.
 */
@ParameterizedClass
@EnumSource(TestCompiler.class)
class SpringConfigurationTest {

  private static final List<JavaFileObject> SPRING_AND_STARTER =
      List.of(
          source(
              "org.springframework.context.annotation.Configuration",
              """
              package org.springframework.context.annotation;

              public @interface Configuration {
                String value() default "";

                boolean proxyBeanMethods() default true;
              }
              """),
          source(
              "org.springframework.context.annotation.Bean",
              """
              package org.springframework.context.annotation;

              public @interface Bean {
                String[] value() default {};
              }
              """),
          source(
              "dev.asyncify.spring.FacadeBeans",
              """
              package dev.asyncify.spring;

              import java.util.concurrent.Executor;

              public final class FacadeBeans {
                public interface Factory {
                  Object create(Object delegate, Executor executor);
                }

                public FacadeBeans(Class<?> source, Class<?> facade, Factory factory) {}
              }
              """));

  private static final JavaFileObject REPO =
      source(
          "data.Repo",
          """
          package data;

          import dev.asyncify.Async;

          @Async
          public interface Repo<T, ID extends Comparable<ID>> {
            T find(ID id);
          }
          """);

  private static final JavaFileObject HIDDEN =
      source(
          "data.Outer",
          """
          package data;

          import dev.asyncify.Async;

          final class Outer {
            @Async
            interface Hidden {
              void run();
            }
          }
          """);

  @Parameter TestCompiler compiler;

  @Test
  void aGenericInterfaceGetsAConfigurationThatCastsTheDelegateToItsWildcardType() {
    Compilation compilation = compiler.compile(withSpring(REPO));

    Compilations.assertClean(compilation);
    Golden.assertMatches(
        "spring/RepoAsyncConfiguration.java",
        generated(compilation, "data.RepoAsyncConfiguration"),
        compiler);
  }

  @Test
  void aPackagePrivateNestedInterfaceGetsAPackagePrivateConfiguration() {
    Compilation compilation = compiler.compile(withSpring(HIDDEN));

    Compilations.assertClean(compilation);
    Golden.assertMatches(
        "spring/Outer_HiddenAsyncConfiguration.java",
        generated(compilation, "data.Outer_HiddenAsyncConfiguration"),
        compiler);
  }

  @Test
  void withoutTheStarterOnTheClassPathOnlyTheFacadeIsWritten() {
    Compilation compilation = compiler.compile(REPO);

    Compilations.assertClean(compilation);
    assertEquals(List.of("data/RepoAsync.java"), generatedSourceNames(compilation));
  }

  @Test
  void theOptionFalseTurnsTheConfigurationsOff() {
    Compilation compilation =
        compiler.compile(List.of("-Aasyncify.spring=false"), withSpring(REPO));

    Compilations.assertClean(compilation);
    assertEquals(List.of("data/RepoAsync.java"), generatedSourceNames(compilation));
  }

  private static JavaFileObject[] withSpring(JavaFileObject source) {
    return Stream.concat(SPRING_AND_STARTER.stream(), Stream.of(source))
        .toArray(JavaFileObject[]::new);
  }

  private static List<String> generatedSourceNames(Compilation compilation) {
    return compilation.generatedSourceFiles().stream()
        .map(file -> file.toUri().getPath())
        .map(path -> path.substring(path.indexOf("data/")))
        .sorted()
        .toList();
  }
}
