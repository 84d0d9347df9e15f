package dev.asyncify.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.asyncify.processor.Compilations.TestCompiler;
import dev.asyncify.processor.RandomService.Call;
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
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random valid interfaces (generic or not, bounded type variables, generic methods that shadow them
 * or meet them after substitution, super-interfaces whose variables have other names or the same,
 * overloads, checked and unchecked failures, primitives, arrays, varargs, static nested types,
 * stages) get facades that compile under the strict options of javac and of ecj, and whose every
 * future ends as the blocking call does: the same value, or exactly the exception it threw.
 *
 * <p>Each seed gives one interface and one test per compiler. {@code -Dproperty.seeds=N} runs N
 * seeds (260 unless set), {@code -Dproperty.seed=S} only seed S. A failure names its seed and shows
 * the smallest interface that still fails, found by dropping methods and super-interfaces.
 */
class FacadePropertyTest {

  private static final long FIRST_SEED = 20261126L;
  private static final long TIMEOUT_SECONDS = 30;

  @TestFactory
  Stream<DynamicTest> facadesEndAsTheBlockingCallsDo() {
    String only = System.getProperty("property.seed", "");
    LongStream seeds =
        only.isEmpty()
            ? LongStream.range(FIRST_SEED, FIRST_SEED + Long.getLong("property.seeds", 260))
            : LongStream.of(Long.parseLong(only));
    return seeds
        .boxed()
        .flatMap(
            seed ->
                Stream.of(TestCompiler.values())
                    .map(
                        compiler ->
                            DynamicTest.dynamicTest(
                                "seed " + seed + ", " + compiler, () -> check(seed, compiler))));
  }

  private static void check(long seed, TestCompiler compiler) {
    RandomService service = RandomService.random(new Random(seed));
    Throwable failure = failureOf(service, seed, compiler);
    if (failure == null) {
      return;
    }
    RandomService smallest = shrink(service, seed, compiler);
    AssertionError error =
        new AssertionError(
            "seed "
                + seed
                + " fails under "
                + compiler
                + " (rerun with -Dproperty.seed="
                + seed
                + "): "
                + failure.getMessage()
                + "\nThe smallest interface that still fails:\n"
                + describe(smallest),
            failure);
    throw error;
  }

  /** Drops methods and super-interfaces, one at a time, while the property still fails. */
  private static RandomService shrink(RandomService failing, long seed, TestCompiler compiler) {
    RandomService smallest = failing;
    boolean shrunk = true;
    while (shrunk) {
      shrunk = false;
      for (RandomService candidate : smallest.smaller()) {
        if (failureOf(candidate, seed, compiler) != null) {
          smallest = candidate;
          shrunk = true;
          break;
        }
      }
    }
    return smallest;
  }

  private static String describe(RandomService service) {
    StringBuilder text = new StringBuilder();
    service
        .sources()
        .forEach(
            (name, source) -> text.append("// ").append(name).append(".java\n").append(source));
    return text.toString();
  }

  /** What went wrong with {@code service}, or null when every call ended as it should. */
  private static Throwable failureOf(RandomService service, long seed, TestCompiler compiler) {
    try {
      checkCalls(service, new Random(~seed), compiler);
      return null;
    } catch (Exception | AssertionError failure) {
      return failure;
    }
  }

  private static void checkCalls(RandomService service, Random random, TestCompiler compiler)
      throws Exception {
    Compilation compilation =
        compiler.compile(
            service.sources().entrySet().stream()
                .map(
                    source ->
                        Compilations.source(
                            RandomService.PACKAGE + "." + source.getKey(), source.getValue()))
                .toArray(JavaFileObject[]::new));
    Compilations.assertClean(compilation);

    ClassLoader loader = new CompiledClasses(compilation);
    Class<?> serviceType = loader.loadClass(RandomService.PACKAGE + ".Service");
    Class<?> implementation = loader.loadClass(RandomService.PACKAGE + ".ServiceImpl");
    Class<?> facadeType = loader.loadClass(RandomService.PACKAGE + ".ServiceAsync");
    Object blocking = implementation.getConstructor().newInstance();
    Object delegate = implementation.getConstructor().newInstance();
    Object facade = facadeType.getMethod("of", serviceType).invoke(null, delegate);

    for (Call call : service.calls()) {
      Object[] arguments = call.arguments(random);
      Method direct = implementation.getMethod(call.method().name(), call.parameterTypes());
      Method async = facadeType.getMethod(call.method().name(), call.parameterTypes());

      String expected = directOutcome(direct, blocking, arguments);
      String actual = outcome((CompletableFuture<?>) async.invoke(facade, arguments));

      assertEquals(expected, actual, () -> direct + " with " + Arrays.deepToString(arguments));
    }
    assertEquals(
        implementation.getField("log").get(blocking),
        implementation.getField("log").get(delegate),
        "the facade made other calls than the blocking code");
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
