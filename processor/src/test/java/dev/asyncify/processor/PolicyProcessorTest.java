package dev.asyncify.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.asyncify.processor.Compilations.generated;
import static dev.asyncify.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.asyncify.processor.Compilations.TestCompiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code @Timeout}, {@code @Retry} and {@code @Limit}: the code they give, and their errors. */
@ParameterizedClass
@EnumSource(TestCompiler.class)
class PolicyProcessorTest {

  @Parameter TestCompiler compiler;

  @Test
  void policiesOnTheInterfaceAndOnMethodsGiveOnePolicyFieldPerMethod() {
    Compilation compilation =
        compiler.compile(
            source(
                "weather.Forecasts",
                """
                package weather;

                import dev.asyncify.Async;
                import dev.asyncify.Limit;
                import dev.asyncify.Retry;
                import dev.asyncify.Timeout;
                import java.io.FileNotFoundException;
                import java.io.IOException;
                import java.util.concurrent.CompletionStage;

                @Async
                @Limit(4)
                public interface Forecasts {
                  @Timeout("2s")
                  @Retry(
                      attempts = 3,
                      delay = "100ms",
                      backoff = 2,
                      retryOn = IOException.class,
                      abortOn = FileNotFoundException.class)
                  String forecast(String city) throws IOException;

                  @Limit(1)
                  void refresh();

                  int cities();

                  @Timeout("PT0.5S")
                  CompletionStage<String> alerts(String city);
                }
                """));

    Compilations.assertClean(compilation);
    Golden.assertMatches(
        "policies/ForecastsAsync.java", generated(compilation, "weather.ForecastsAsync"), compiler);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@Timeout(\"2 seconds\")"
            + "|[AsyncPolicyDuration] @Timeout of Service.call() is \"2 seconds\", which is not a"
            + " duration. Write a number and a unit (500ms, 2s, 1m, 1h) or an ISO-8601 duration"
            + " (PT1.5S)",
        "@Timeout(\"0s\")"
            + "|[AsyncPolicyValue] @Timeout of Service.call() is \"0s\", but it must be more than"
            + " zero",
        "@Retry(attempts = 0)"
            + "|[AsyncPolicyValue] @Retry(attempts) of Service.call() is 0, but it must be at"
            + " least 1",
        "@Retry(backoff = 0.5)"
            + "|[AsyncPolicyValue] @Retry(backoff) of Service.call() is 0.5, but it must be at"
            + " least 1",
        "@Retry(delay = \"soon\")"
            + "|[AsyncPolicyDuration] @Retry(delay) of Service.call() is \"soon\", which is not a"
            + " duration. Write a number and a unit (500ms, 2s, 1m, 1h) or an ISO-8601 duration"
            + " (PT1.5S)",
        "@Retry(retryOn = java.sql.SQLException.class)"
            + "|[AsyncRetryOnUnthrown] @Retry of Service.call() retries on java.sql.SQLException,"
            + " a checked exception call() cannot throw (it declares java.io.IOException), so it"
            + " would never be retried. Name an exception the method throws, or an unchecked one",
        "@Retry(retryOn = java.io.IOException.class, abortOn = java.io.IOException.class)"
            + "|[AsyncRetryConflict] @Retry of Service.call() names java.io.IOException both in"
            + " retryOn and in abortOn. Keep it in one of the two",
        "@Limit(0)"
            + "|[AsyncPolicyValue] @Limit of Service.call() is 0, but it must be at least 1",
      })
  void aWrongPolicyIsAnErrorOnItsAnnotation(String annotation, String message) {
    JavaFileObject file =
        source(
            "p.Service",
            """
            package p;

            import dev.asyncify.*;

            @Async
            public interface Service {
              %s
              String call() throws java.io.IOException;
            }
            """
                .formatted(annotation));

    Compilation compilation = compiler.compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(annotation);
  }

  @Test
  void aWrongPolicyOnTheInterfaceIsOneErrorThatNamesTheInterface() {
    JavaFileObject file =
        source(
            "p.Service",
            """
            package p;

            import dev.asyncify.Async;
            import dev.asyncify.Timeout;

            @Async
            @Timeout("2 s")
            public interface Service {
              String first();

              String second();
            }
            """);

    Compilation compilation = compiler.compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncPolicyDuration] @Timeout of Service is \"2 s\", which is not a duration.")
        .inFile(file)
        .onLineContaining("@Timeout");
  }

  @Test
  void aRetryOnTheInterfaceNeedsSomeMethodThatThrowsEachCheckedType() {
    JavaFileObject file =
        source(
            "p.Service",
            """
            package p;

            import dev.asyncify.Async;
            import dev.asyncify.Retry;
            import java.io.IOException;

            @Async
            @Retry(retryOn = {IOException.class, java.sql.SQLException.class})
            public interface Service {
              String read() throws IOException;

              String cached();
            }
            """);

    Compilation compilation = compiler.compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncRetryOnUnthrown] @Retry of Service retries on java.sql.SQLException, a checked"
                + " exception that none of its methods can throw, so it would never be retried."
                + " Name an exception they throw, or an unchecked one")
        .inFile(file)
        .onLineContaining("@Retry");
  }

  @Test
  void aLimitOnAMethodThatReturnsAStageIsAnError() {
    JavaFileObject file =
        source(
            "p.Service",
            """
            package p;

            import dev.asyncify.Async;
            import dev.asyncify.Limit;
            import java.util.concurrent.CompletableFuture;

            @Async
            public interface Service {
              @Limit(2)
              CompletableFuture<String> remote();
            }
            """);

    Compilation compilation = compiler.compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[AsyncLimitOnStage] @Limit cannot apply to Service.remote(): it returns a"
                + " java.util.concurrent.CompletableFuture<java.lang.String>, so its call ends when"
                + " the stage is returned, long before the work behind it does, and the limit would"
                + " not hold. Limit that work where it runs")
        .inFile(file)
        .onLineContaining("@Limit(2)");
  }
}
