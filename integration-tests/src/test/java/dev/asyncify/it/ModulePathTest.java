package dev.asyncify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import dev.asyncify.Async;
import dev.asyncify.runtime.Tasks;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's own named module: it requires the annotations and the runtime as modules, gets its
 * facades from the processor, provides a context carrier, and runs on the module path.
 */
class ModulePathTest {

  private static final Map<String, String> SHOP =
      Map.of(
          "module-info.java",
          """
          module com.example.shop {
            requires static dev.asyncify;
            requires dev.asyncify.runtime;

            provides dev.asyncify.runtime.ContextCarrier with com.example.shop.RequestIdCarrier;
          }
          """,
          "com/example/shop/Inventory.java",
          """
          package com.example.shop;

          import java.io.IOException;

          @dev.asyncify.Async
          public interface Inventory {
            /**
             * Counts what is in stock.
             *
             * @param sku the item
             * @return how many there are
             * @throws IOException if the store cannot be read
             */
            int count(String sku) throws IOException;
          }
          """,
          "com/example/shop/RequestIdCarrier.java",
          """
          package com.example.shop;

          import dev.asyncify.runtime.ContextCarrier;

          public final class RequestIdCarrier implements ContextCarrier<String> {
            static final ThreadLocal<String> REQUEST_ID = new ThreadLocal<>();

            private final ContextCarrier<String> local = ContextCarrier.of(REQUEST_ID);

            public RequestIdCarrier() {}

            @Override
            public String capture() {
              return local.capture();
            }

            @Override
            public String restore(String captured) {
              return local.restore(captured);
            }

            @Override
            public void reset(String previous) {
              local.reset(previous);
            }
          }
          """,
          "com/example/shop/Main.java",
          """
          package com.example.shop;

          import java.io.IOException;
          import java.util.concurrent.CompletionException;

          public final class Main {
            private Main() {}

            public static void main(String[] args) {
              IOException unreadable = new IOException("unreadable");
              Inventory inventory =
                  sku -> {
                    if (sku.isEmpty()) {
                      throw unreadable;
                    }
                    return sku.length() + RequestIdCarrier.REQUEST_ID.get().length();
                  };
              InventoryAsync facade = InventoryAsync.of(inventory);
              RequestIdCarrier.REQUEST_ID.set("r-42");

              System.out.println(Main.class.getModule().getName());
              System.out.println(InventoryAsync.class.getModule().getName());
              System.out.println(dev.asyncify.runtime.Tasks.class.getModule().getName());
              System.out.println(facade.count("apple").join());
              try {
                facade.count("").join();
              } catch (CompletionException failed) {
                System.out.println(failed.getCause() == unreadable);
              }
            }
          }
          """);

  @Test
  void aNamedModuleGetsItsFacadesAndRunsThemOnTheModulePath(@TempDir Path work) throws Exception {
    Result compiled = compile(SHOP, work);
    assertEquals(0, compiled.exitCode(), compiled.output());

    Result ran =
        run(
            tool("java"),
            "--module-path",
            work.resolve("classes") + File.pathSeparator + asyncifyModules(),
            "--module",
            "com.example.shop/com.example.shop.Main");
    assertEquals(0, ran.exitCode(), ran.output());
    assertEquals(
        List.of("com.example.shop", "com.example.shop", "dev.asyncify.runtime", "9", "true"),
        ran.output().lines().toList());
  }

  @Test
  void aModuleThatDoesNotReadTheRuntimeIsToldToRequireIt(@TempDir Path work) throws Exception {
    Map<String, String> sources = new HashMap<>(SHOP);
    sources.keySet().removeIf(name -> !name.endsWith("Inventory.java"));
    sources.put(
        "module-info.java", "module com.example.shop {\n  requires static dev.asyncify;\n}\n");

    Result compiled = compile(sources, work);

    assertEquals(1, compiled.exitCode(), compiled.output());
    assertEquals(
        List.of(
            "[AsyncRuntimeMissing] The facade of com.example.shop.Inventory needs"
                + " dev.asyncify.runtime.Tasks, but module com.example.shop does not read module"
                + " dev.asyncify.runtime. Add \"requires dev.asyncify.runtime;\" to its"
                + " module-info.java, and the dependency dev.asyncify:asyncify-runtime if the build"
                + " lacks it"),
        errors(compiled.output()));
  }

  /** The messages of the errors javac printed. */
  private static List<String> errors(String output) {
    String marker = "error: ";
    return output
        .lines()
        .filter(line -> line.contains(marker))
        .map(line -> line.substring(line.indexOf(marker) + marker.length()))
        .toList();
  }

  /** Compiles {@code sources}, file name to text, strictly into {@code work/classes}. */
  private static Result compile(Map<String, String> sources, Path work) throws Exception {
    List<String> javac =
        new ArrayList<>(
            List.of(
                tool("javac"),
                "--release",
                "17",
                "-Xlint:all,-processing",
                "-Werror",
                "--module-path",
                asyncifyModules(),
                "--processor-path",
                pathOf(processor(), JavaFile.class),
                "-d",
                work.resolve("classes").toString()));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = work.resolve("src").resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      javac.add(file.toString());
    }
    return run(javac.toArray(String[]::new));
  }

  /** The annotations and the runtime, as this build made them. */
  private static String asyncifyModules() throws URISyntaxException {
    return pathOf(Async.class, Tasks.class);
  }

  /** Looked up by name: its class file refers to an annotation the tests do not have. */
  private static Class<?> processor() throws ClassNotFoundException {
    return Class.forName("dev.asyncify.processor.AsyncProcessor");
  }

  /** Where the classes of each type come from: a jar, or a module's target/classes. */
  private static String pathOf(Class<?>... types) throws URISyntaxException {
    List<String> locations = new ArrayList<>();
    for (Class<?> type : types) {
      locations.add(
          Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    return locations.stream().collect(Collectors.joining(File.pathSeparator));
  }

  /** A tool of the JDK running the tests, which is the one the build uses. */
  private static String tool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  /** How a tool ended: its exit code and what it printed, errors included. */
  private record Result(int exitCode, String output) {}

  private static Result run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }
}
