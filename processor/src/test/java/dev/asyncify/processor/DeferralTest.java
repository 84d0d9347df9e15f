package dev.asyncify.processor;

import static dev.asyncify.processor.Compilations.generated;
import static dev.asyncify.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.asyncify.processor.Compilations.TestCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestCompiler.class)
class DeferralTest {

  @Parameter TestCompiler compiler;

  /**
   * Another processor that writes {@code p.Report} in its first round, as Dagger or AutoValue
   * would.
   */
  private static final class ReportWriter extends AbstractProcessor {
    private boolean written;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!written) {
        written = true;
        try (Writer out = processingEnv.getFiler().createSourceFile("p.Report").openWriter()) {
          out.write("package p;\n\npublic final class Report {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void anInterfaceMentioningATypeGeneratedLaterIsProcessedOnceItExists() {
    Compilation compilation =
        compiler
            .compiler()
            .withProcessors(new AsyncProcessor(), new ReportWriter())
            .compile(
                source(
                    "p.Reports",
                    """
                    package p;

                    @dev.asyncify.Async
                    public interface Reports {
                      Report latest();
                    }
                    """));

    Compilations.assertClean(compilation);
    assertTrue(
        generated(compilation, "p.ReportsAsync").contains("CompletableFuture<Report> latest();"));
  }
}
