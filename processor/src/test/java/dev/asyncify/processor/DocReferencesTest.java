package dev.asyncify.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import org.junit.jupiter.api.Test;

class DocReferencesTest {

  @Test
  void anEnvironmentThatIsNotJavacsResolvesNothingInsteadOfFailing() {
    // Gradle's incremental compilation hands processors such a wrapper.
    ProcessingEnvironment wrapped =
        (ProcessingEnvironment)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ProcessingEnvironment.class},
                (proxy, method, arguments) -> null);

    DocReferences references = new DocReferences(wrapped);

    assertEquals(Optional.empty(), references.of(null).apply("java.util.List"));
  }
}
