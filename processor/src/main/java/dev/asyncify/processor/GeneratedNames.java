package dev.asyncify.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The names generated code uses of its own: the runtime and annotation types it names, and the
 * variables its factory declares. The validator checks that they can be seen, the model keeps the
 * user's names from capturing them, the writer writes them.
 */
final class GeneratedNames {

  /** The runtime class every facade call goes through. */
  static final ClassName TASKS = ClassName.get("dev.asyncify.runtime", "Tasks");

  /** What facade calls of a value build on. */
  static final ClassName CALL = ClassName.get("dev.asyncify.runtime", "FacadeSupport", "Call");

  /** What facade calls of a stage build on. */
  static final ClassName STAGE_CALL =
      ClassName.get("dev.asyncify.runtime", "FacadeSupport", "StageCall");

  /** What times the policies of a facade's methods. */
  static final ClassName SCHEDULER = ClassName.get("dev.asyncify.runtime", "Scheduler");

  /** The policies of a facade method, and the permits of a limit. */
  static final ClassName POLICY = ClassName.get("dev.asyncify.runtime", "FacadeSupport", "Policy");

  static final ClassName LIMITER =
      ClassName.get("dev.asyncify.runtime", "FacadeSupport", "Limiter");

  /** The annotation that marks a facade as generated, where its module can see it. */
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  /** Every type the writer names of its own accord, in signatures or bodies. */
  static final List<ClassName> WRITTEN_TYPES =
      List.of(
          TASKS,
          CALL,
          SCHEDULER,
          ClassName.get("java.time", "Duration"),
          STAGE_CALL,
          GENERATED,
          ClassName.get(CompletableFuture.class),
          ClassName.get(CompletionStage.class),
          ClassName.get(Executor.class),
          ClassName.get(Objects.class));

  /** The factory's parameter that holds the blocking implementation. */
  static final String DELEGATE = "delegate";

  /** The factory's parameter that holds where calls run. */
  static final String EXECUTOR = "executor";

  /**
   * What a parameter of a facade method's implementation must not be called: the factory's
   * parameters, which its body uses. Everything else the body names is a type, in a place where a
   * variable cannot hide it.
   */
  static final Set<String> RESERVED_VARIABLES = Set.of(DELEGATE, EXECUTOR);

  private GeneratedNames() {}

  /** {@code FooAsync} for {@code p.Foo}, {@code Outer_InnerAsync} for {@code p.Outer.Inner}. */
  static String defaultFacadeName(ClassName sourceName) {
    return String.join("_", sourceName.simpleNames()) + "Async";
  }

  /** The first segment of the package of {@code name}: {@code java} for {@code java.util.List}. */
  static String packageRoot(ClassName name) {
    String packageName = name.packageName();
    int dot = packageName.indexOf('.');
    return dot < 0 ? packageName : packageName.substring(0, dot);
  }
}
