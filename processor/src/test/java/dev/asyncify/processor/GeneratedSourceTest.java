package dev.asyncify.processor;

import static dev.asyncify.processor.Compilations.generated;
import static dev.asyncify.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.asyncify.processor.Compilations.TestCompiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated source of each shape of interface, against golden files. Every compilation here is
 * strict ({@code -Xlint:all -Werror}), so a warning in generated code fails the test.
 */
@ParameterizedClass
@EnumSource(TestCompiler.class)
class GeneratedSourceTest {

  @Parameter TestCompiler compiler;

  @Test
  void plainInterfaceGetsAFacadeWithEveryKindOfResult() {
    Compilation compilation =
        compiler.compile(
            source(
                "shop.Inventory",
                """
                package shop;

                import dev.asyncify.Async;
                import java.io.IOException;
                import java.util.List;

                @Async
                public interface Inventory {
                  int count(String sku) throws IOException;

                  List<String> skus();

                  void restock(String sku, int amount);

                  String[] tags(long... ids);

                  default boolean inStock(String sku) throws IOException {
                    return count(sku) > 0;
                  }

                  static Inventory empty() {
                    return null;
                  }

                  boolean equals(Object other);

                  int hashCode();

                  String toString();
                }
                """));

    Compilations.assertClean(compilation);
    Golden.assertMatches(
        "shop/InventoryAsync.java", generated(compilation, "shop.InventoryAsync"), compiler);
  }

  @Test
  void inheritedMethodsHaveTheirTypeArgumentsSubstituted() {
    Compilation compilation =
        compiler.compile(
            source(
                "repo.Repo",
                """
                package repo;

                import java.util.List;
                import java.util.Optional;

                public interface Repo<T, ID extends Comparable<? super ID>> {
                  Optional<T> find(ID id);

                  List<T> findAll(List<? extends ID> ids);

                  Object describe();

                  <R extends Number & Comparable<R>> R measure(T entity, Class<R> unit);
                }
                """),
            source(
                "repo.Named",
                """
                package repo;

                public interface Named {
                  String describe();
                }
                """),
            source(
                "repo.UserRepo",
                """
                package repo;

                import dev.asyncify.Async;

                @Async
                public interface UserRepo extends Repo<String, Long>, Named {
                  <E extends Exception> void check(String user, Class<E> failure) throws E;
                }
                """),
            source(
                "repo.Cache",
                """
                package repo;

                import dev.asyncify.Async;

                @Async
                public interface Cache<K extends Comparable<K>, V> extends Repo<V, K> {
                  V put(K key, V value);
                }
                """));

    Compilations.assertClean(compilation);
    Golden.assertMatches(
        "repo/UserRepoAsync.java", generated(compilation, "repo.UserRepoAsync"), compiler);
    Golden.assertMatches(
        "repo/CacheAsync.java", generated(compilation, "repo.CacheAsync"), compiler);
  }

  @Test
  void stagesBecomeFuturesOfTheirValueNeverFuturesOfFutures() {
    Compilation compilation =
        compiler.compile(
            source(
                "remote.Client",
                """
                package remote;

                import dev.asyncify.Async;
                import java.util.concurrent.CompletableFuture;
                import java.util.concurrent.CompletionStage;
                import java.util.concurrent.Future;

                @Async
                public interface Client {
                  CompletableFuture<String> fetch(String url);

                  CompletionStage<? extends Number> size(String url);

                  CompletionStage<? super Integer> lowerBound(String url);

                  CompletionStage<?> anything(String url);

                  Reply<Integer> status(String url);

                  @SuppressWarnings("rawtypes")
                  CompletableFuture legacy();

                  Future<String> plainFuture();

                  abstract class Reply<T> extends CompletableFuture<T> {}
                }
                """));

    Compilations.assertClean(compilation);
    Golden.assertMatches(
        "remote/ClientAsync.java", generated(compilation, "remote.ClientAsync"), compiler);
  }

  @Test
  void nestedAndPackagePrivateInterfacesGetPackagePrivateFacades() {
    Compilation compilation =
        compiler.compile(
            source(
                "nest.Outer",
                """
                package nest;

                import dev.asyncify.Async;

                public class Outer {
                  @Async
                  public interface Inner {
                    String value();
                  }

                  @Async(name = "Renamed")
                  interface Hidden {
                    void poke(String delegate, String executor);
                  }
                }
                """));

    Compilations.assertClean(compilation);
    Golden.assertMatches(
        "nest/Outer_InnerAsync.java", generated(compilation, "nest.Outer_InnerAsync"), compiler);
    Golden.assertMatches("nest/Renamed.java", generated(compilation, "nest.Renamed"), compiler);
  }

  @Test
  void deprecationRawTypesAndGenericVarargsRaiseNoWarningInTheFacade() {
    Compilation compilation =
        compiler.compile(
            source(
                "legacy.OldThing",
                """
                package legacy;

                @Deprecated
                public class OldThing {}
                """),
            source(
                "legacy.Legacy",
                """
                package legacy;

                import dev.asyncify.Async;
                import java.util.List;

                @Async
                @SuppressWarnings({"deprecation", "rawtypes", "unchecked"})
                public interface Legacy {
                  @Deprecated
                  String old();

                  OldThing thing(OldThing input);

                  List raw(List input);

                  <T> List<T> listOf(T... items);
                }
                """));

    Compilations.assertClean(compilation);
    Golden.assertMatches(
        "legacy/LegacyAsync.java", generated(compilation, "legacy.LegacyAsync"), compiler);
  }

  @Test
  void javadocAndTypeUseAnnotationsCarryOverToTheFacade() {
    Compilation compilation =
        compiler.compile(
            source(
                "docs.Store",
                """
                package docs;

                import java.io.IOException;
                import java.util.List;
                import java.util.Map;
                import org.jspecify.annotations.Nullable;

                public interface Store<V extends @Nullable Object> {
                  /**
                   * Reads the value stored under {@code key}, which costs $1 a call. Keys are
                   * listed by {@link #entries(String[]) entries}, kept in a {@linkplain Map map}
                   * of {@link List}s, not in {@link Nowhere} nor {@linkplain Gone gone ones}.
                   *
                   * <pre>{@code
                   * @Nullable V value = store.read("k");
                   * }</pre>
                   *
                   * @param key the key, or {@code null} for the default one
                   * @return the value, or {@code null} when there is none
                   * @throws IOException if the disk fails
                   * @throws IllegalStateException if the store
                   *     is closed
                   * @see #write(String, Object)
                   * @see IOException
                   * @see Nowhere
                   * @see <a href="https://example.com/store">the store</a>
                   * @since 2.1
                   */
                  @Nullable V read(@Nullable String key) throws IOException;

                  /**
                   * Stores {@code value}.
                   *
                   * @param key the key
                   * @param value the value
                   * @implSpec writes through to disk
                   */
                  void write(String key, V value);

                  /** Every entry, each value maybe absent. */
                  List<Map.@Nullable Entry<String, @Nullable V>> entries(String @Nullable [] keys);
                }
                """),
            source(
                "docs.Names",
                """
                package docs;

                import dev.asyncify.Async;
                import org.jspecify.annotations.Nullable;

                @Async
                @SuppressWarnings("unchecked")
                public interface Names extends Store<@Nullable String> {
                  /**
                   * {@inheritDoc}
                   *
                   * @param value {@inheritDoc}; blank is fine
                   * @deprecated use {@link #read(String)}
                   */
                  @Deprecated
                  @Override
                  void write(String key, @Nullable String value);

                  <T extends @Nullable CharSequence> T first(T... candidates);
                }
                """));

    Compilations.assertClean(compilation);
    Golden.assertMatches(
        "docs/NamesAsync.java", generated(compilation, "docs.NamesAsync"), compiler);
  }

  @Test
  void boundsWildcardsArraysAndShadowedTypeVariablesKeepTheirMeaning() {
    Compilation compilation =
        compiler.compile(
            source(
                "shapes.Ranking",
                """
                package shapes;

                import dev.asyncify.Async;
                import java.util.Collection;
                import java.util.List;
                import java.util.Map;

                @Async
                @SuppressWarnings({"rawtypes", "hiding"}) // "hiding": ecj's name for what shadow() does
                public interface Ranking<T extends Comparable<? super T>, N extends Number & Runnable> {
                  T best(Collection<? extends T> candidates);

                  <T> T shadow(T value);

                  <T extends N> List<? super T> fill(T[] values, List<T>[] buckets);

                  Map<String, List<? extends Map.Entry<T, ?>>> grouped();

                  List raw(Map rawMap);

                  N[][] grid(int rows, int... columns);

                  <E extends Enum<E> & Comparable<E>> E parse(Class<E> type, String text);

                  Box<T>.Item unbox(Box<String>.Item item);
                }
                """),
            source(
                "shapes.Box",
                """
                package shapes;

                public class Box<E> {
                  public class Item {}
                }
                """));

    Compilations.assertClean(compilation);
    Golden.assertMatches(
        "shapes/RankingAsync.java", generated(compilation, "shapes.RankingAsync"), compiler);
  }

  @Test
  void inheritanceGivesEachMethodOnceWithItsMostSpecificSignature() {
    Compilation compilation =
        compiler.compile(
            source(
                "family.Source",
                """
                package family;

                import java.io.IOException;

                public interface Source<T> {
                  /** Reads the next item. */
                  T next() throws IOException;

                  Object describe();

                  default void close() throws Exception {}
                }
                """),
            source(
                "family.Named",
                """
                package family;

                import java.io.IOException;

                public interface Named<T> extends Source<T> {
                  @Override
                  T next() throws IOException;

                  CharSequence describe();
                }
                """),
            source(
                "family.Counted",
                """
                package family;

                public interface Counted<T> extends Source<T> {
                  long count();

                  @Override
                  void close();
                }
                """),
            source(
                "family.Lines",
                """
                package family;

                import dev.asyncify.Async;

                @Async
                public interface Lines extends Named<String>, Counted<String> {
                  @Override
                  String describe();

                  @Override
                  default long count() {
                    return 0;
                  }
                }
                """),
            source(
                "family.Files",
                """
                package family;

                import dev.asyncify.Async;
                import java.nio.file.Path;

                @Async
                public interface Files extends Lines {
                  Path path();
                }
                """));

    Compilations.assertClean(compilation);
    Golden.assertMatches(
        "family/LinesAsync.java", generated(compilation, "family.LinesAsync"), compiler);
    Golden.assertMatches(
        "family/FilesAsync.java", generated(compilation, "family.FilesAsync"), compiler);
  }

  @Test
  void deeplyNestedInterfacesGetFlattenedNames() {
    Compilation compilation =
        compiler.compile(
            source(
                "deep.A",
                """
                package deep;

                import dev.asyncify.Async;

                public class A {
                  public static class B {
                    public interface C {
                      public interface D<T> {
                        @Async
                        interface E {
                          D<String> d(C c);
                        }
                      }
                    }
                  }
                }
                """));

    Compilations.assertClean(compilation);
    Golden.assertMatches(
        "deep/A_B_C_D_EAsync.java", generated(compilation, "deep.A_B_C_D_EAsync"), compiler);
  }

  @Test
  void namesTheGeneratedCodeUsesItselfDoNotCaptureTheSourceNames() {
    Compilation compilation =
        compiler.compile(
            source("names.Executor", "package names;\n\npublic interface Executor {}\n"),
            source("names.Tasks", "package names;\n\npublic final class Tasks {}\n"),
            source(
                "names.Hostile",
                """
                package names;

                import dev.asyncify.Async;
                import java.util.concurrent.CompletableFuture;

                @Async
                @SuppressWarnings("hiding") // ecj: CompletableFuture hides the imported type, on purpose
                public interface Hostile<Objects, CompletableFuture> {
                  Executor executor(Executor executor, Tasks delegate);

                  <Generated> Generated generated(Objects objects, CompletableFuture future);

                  java.util.concurrent.CompletableFuture<Tasks> toString(int radix);

                  String of(Object notTheFactory);
                }
                """));

    Compilations.assertClean(compilation);
    Golden.assertMatches(
        "names/HostileAsync.java", generated(compilation, "names.HostileAsync"), compiler);
  }

  @Test
  void methodTypeVariablesThatSubstitutionWouldCaptureAreRenamed() {
    Compilation compilation =
        compiler.compile(
            source(
                "capture.Base",
                """
                package capture;

                import java.util.List;

                public interface Base<U> {
                  <T> T conv(T t, U u);

                  /**
                   * Sorts.
                   *
                   * @param list what to sort
                   * @param first what comes first
                   * @param <T> the kind of the first
                   * @return the sorted list
                   */
                  <T extends Comparable<T>> List<T> sort(List<U> list, T first);

                  <T, T2> T2 pair(T first, T2 second, U third);
                }
                """),
            source(
                "capture.Sub",
                """
                package capture;

                import dev.asyncify.Async;
                import java.util.List;
                import java.util.Map.Entry;

                @Async
                public interface Sub<T> extends Base<T> {
                  <dev> dev root(dev value, List<dev> values);

                  <java> java wrapped(java value, List<java> values);

                  <Tasks> Tasks tasks(Tasks value);

                  <Map> Map entry(Map value, Entry<String, Map> entry);
                }
                """));

    Compilations.assertClean(compilation);
    Golden.assertMatches(
        "capture/SubAsync.java", generated(compilation, "capture.SubAsync"), compiler);
  }

  @Test
  void sourceNamesCannotShadowWhatTheFacadeNames() {
    Compilation compilation =
        compiler.compile(
            source(
                "shadow.Override",
                """
                package shadow;

                /** A price override, which the generated @Override must not mean. */
                public final class Override {}
                """),
            source(
                "shadow.Integer",
                """
                package shadow;

                /** A domain integer, which the boxed int of the facade must not mean. */
                public final class Integer {}
                """),
            source(
                "shadow.Void",
                """
                package shadow;

                public final class Void {}
                """),
            source(
                "shadow.Prices",
                """
                package shadow;

                import dev.asyncify.Async;
                import java.util.concurrent.CompletionStage;

                @Async
                public interface Prices {
                  int count(String Tasks, long dev, String java, Override override);

                  void reset(Integer javax, Object delegate, Object executor);

                  @SuppressWarnings("rawtypes")
                  CompletionStage raw(String CompletionStage);
                }
                """));

    Compilations.assertClean(compilation);
    Golden.assertMatches(
        "shadow/PricesAsync.java", generated(compilation, "shadow.PricesAsync"), compiler);
  }

  @Test
  void aCommentThatEscapesAnEscapeStaysACommentInTheFacade() {
    // The source comment escapes the backslash of a unicode escape for '*': legal, and inert there.
    String escapedStar = "\\" + "u005c" + "u002a/";
    Compilation compilation =
        compiler.compile(
            source(
                "esc.Escapes",
                "package esc;\n\n@dev.asyncify.Async\npublic interface Escapes {\n"
                    + "  /** Reads "
                    + escapedStar
                    + " and more. */\n"
                    + "  String read();\n"
                    + "}\n"));

    Compilations.assertClean(compilation);
    String readsLine =
        generated(compilation, "esc.EscapesAsync")
            .lines()
            .filter(line -> line.contains("Reads"))
            .findFirst()
            .orElseThrow();
    // javac hands over the comment with its escapes translated, ecj as the source spells it: the
    // facade writes either inert, so ecj's shows the source's escape escaped once more.
    String shown =
        compiler == TestCompiler.JAVAC ? escapedStar : "\\" + "u005c" + escapedStar.substring(1);
    assertEquals("   * Reads " + shown + " and more.", readsLine);
  }

  @Test
  void aMethodWithTheMostArgumentSlotsAFacadeCallCanCaptureCompiles() {
    StringBuilder parameters = new StringBuilder();
    for (int i = 0; i < 250; i++) {
      parameters.append("int p").append(i).append(", ");
    }
    // 250 ints and a long: 252 slots, FacadeValidator.MAX_PARAMETER_SLOTS.
    parameters.append("long last");

    Compilation compilation =
        compiler.compile(
            source(
                "wide.Wide",
                "package wide;\n\n@dev.asyncify.Async\npublic interface Wide {\n  long sum("
                    + parameters
                    + ");\n}\n"));

    Compilations.assertClean(compilation);
  }

  @Test
  void interfaceInTheUnnamedPackageGetsAFacadeThere() {
    Compilation compilation =
        compiler.compile(
            source(
                "Clock",
                """
                import dev.asyncify.Async;

                @Async
                public interface Clock {
                  long now();
                }
                """));

    Compilations.assertClean(compilation);
    Golden.assertMatches("ClockAsync.java", generated(compilation, "ClockAsync"), compiler);
  }

  @Test
  void sameInputGivesTheSameOutput() {
    JavaFileObject input =
        source(
            "same.Service",
            """
            package same;

            import dev.asyncify.Async;

            @Async
            public interface Service extends Comparable<Service> {
              <T extends CharSequence> T echo(T value);

              void run(Runnable... tasks);
            }
            """);

    String first = generated(compiler.compile(input), "same.ServiceAsync");
    String second = generated(compiler.compile(input), "same.ServiceAsync");

    assertEquals(first, second);
  }
}
