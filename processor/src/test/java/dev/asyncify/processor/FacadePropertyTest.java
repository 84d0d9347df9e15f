package dev.asyncify.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.asyncify.processor.RandomService.Call;
import dev.asyncify.processor.RandomService.Failure;
import dev.asyncify.processor.RandomService.Kind;
import dev.asyncify.processor.RandomService.Parent;
import dev.asyncify.processor.RandomService.Returned;
import dev.asyncify.processor.RandomService.Variable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaFileObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random valid interfaces (generic or not, bounded type variables, generic methods that shadow
 * them, overloads, generic super-interfaces, checked and unchecked failures, primitives, arrays,
 * varargs, stages) get facades that compile under the strict options and whose every future ends
 * as the blocking call does: the same value, or exactly the exception it threw.
 */
class FacadePropertyTest {

  private static final long TIMEOUT_SECONDS = 30;

  @Property(tries = 300, seed = "20261125", edgeCases = EdgeCasesMode.NONE)
  void facadesEndAsTheBlockingCallsDo(
      @ForAll("services") RandomService service, @ForAll long argumentSeed) throws Exception {
    Map<String, String> sources = service.sources();
    Compilation compilation =
        Compilations.compile(
            sources.entrySet().stream()
                .map(
                    source ->
                        Compilations.source(
                            RandomService.PACKAGE + "." + source.getKey(), source.getValue()))
                .toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();

    ClassLoader loader = new CompiledClasses(compilation);
    Class<?> serviceType = loader.loadClass(RandomService.PACKAGE + ".Service");
    Class<?> implementation = loader.loadClass(RandomService.PACKAGE + ".ServiceImpl");
    Class<?> facadeType = loader.loadClass(RandomService.PACKAGE + ".ServiceAsync");
    Object blocking = implementation.getConstructor().newInstance();
    Object delegate = implementation.getConstructor().newInstance();
    Object facade = facadeType.getMethod("of", serviceType).invoke(null, delegate);

    
    Random random = new Random(argumentSeed);
    for (Call call : service.calls()) {
      Object[] arguments = call.arguments(random);
      Method direct = implementation.getMethod(call.method().name(), call.parameterTypes());
      Method async = facadeType.getMethod(call.method().name(), call.parameterTypes());

      String expected = directOutcome(direct, blocking, arguments);
      String actual = outcome((CompletableFuture<?>) async.invoke(facade, arguments));

      assertEquals(
          expected, actual, () -> direct + " with " + Arrays.deepToString(arguments) + "\n" + sources);
    }
    assertEquals(
        implementation.getField("log").get(blocking),
        implementation.getField("log").get(delegate),
        "the facade made other calls than the blocking code");
  }

  @Provide
  Arbitrary<RandomService> services() {
    Arbitrary<RandomService.Method> method =
        Combinators.combine(
                Arbitraries.of("call", "load", "of", "put"),
                Arbitraries.of(Returned.class),
                Arbitraries.of(Kind.class).list().ofMaxSize(3),
                Arbitraries.of(true, false),
                Arbitraries.of(Failure.class),
                Arbitraries.integers().between(0, 3).map(one -> one == 0))
            .as(RandomService.Method::new);
    Arbitrary<Parent> parent =
        Combinators.combine(method.list().ofMaxSize(4), Arbitraries.of(true, false))
            .as(Parent::new);
    return Combinators.combine(
            Arbitraries.of(Variable.class),
            method.list().ofMinSize(1).ofMaxSize(6),
            parent.list().ofMaxSize(2))
        .as(RandomService::of);
  }

  /** How a direct call ended; a returned stage counts as what it completes with. */
  private static String directOutcome(Method method, Object target, Object[] arguments)
      throws Exception {
    Object value;
    try {
      value = method.invoke(target, arguments);
    } catch (InvocationTargetException thrown) {
      return failure(thrown.getCause());
    }
    return value instanceof CompletableFuture<?> stage ? outcome(stage) : success(value);
  }

  /** How a future ended, with the very throwable it holds, not the one get() would unwrap. */
  private static String outcome(CompletableFuture<?> future) throws Exception {
    return future
        .handle((value, failure) -> failure == null ? success(value) : failure(failure))
        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  private static String success(Object value) {
    return "returned " + Arrays.deepToString(new Object[] {value});
  }

  private static String failure(Throwable failure) {
    return "threw " + failure;
  }

  /** The classes a compilation wrote, loaded in memory. */
  private static final class CompiledClasses extends ClassLoader {

    private static final String OUTPUT = "CLASS_OUTPUT/";

    private final Map<String, byte[]> classes = new HashMap<>();

    CompiledClasses(Compilation compilation) {
      super(FacadePropertyTest.class.getClassLoader());
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String path = file.toUri().getPath();
          String name = path.substring(path.indexOf(OUTPUT) + OUTPUT.length(), path.length() - 6);
          classes.put(name.replace('/', '.'), bytes(file));
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }

    private static byte[] bytes(JavaFileObject file) {
      try (InputStream in = file.openInputStream()) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
