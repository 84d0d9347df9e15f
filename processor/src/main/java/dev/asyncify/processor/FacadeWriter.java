package dev.asyncify.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.asyncify.processor.FacadeMethod.Result.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/** Writes a {@link Facade} as Java source. Looks only at the model, never at elements. */
final class FacadeWriter {

  private static final ClassName TASKS = GeneratedNames.TASKS;
  private static final ClassName COMPLETABLE_FUTURE = ClassName.get(CompletableFuture.class);
  private static final TypeName ANY_STAGE =
      ParameterizedTypeName.get(
          ClassName.get(CompletionStage.class), WildcardTypeName.subtypeOf(Object.class));
  private static final ClassName EXECUTOR = ClassName.get(Executor.class);
  private static final String DELEGATE_NAME = GeneratedNames.DELEGATE;
  private static final String EXECUTOR_NAME = GeneratedNames.EXECUTOR;
  private static final String SCHEDULER_NAME = "scheduler";
  private static final ClassName POLICY = GeneratedNames.POLICY;
  private static final ClassName LIMITER = GeneratedNames.LIMITER;

  /**
   * Source tags the facade rewrites, or drops: {@code @implSpec} and {@code @implNote} describe a
   * default method's body, which the facade does not have.
   */
  private static final Set<String> FACADE_TAGS =
      Set.of("param", "return", "throws", "exception", "implSpec", "implNote");

  /** What {@code @Generated(comments = ...)} says: where a reader learns what the file is. */
  static final String GENERATED_COMMENTS =
      "A facade written by asyncify; do not edit. What it does: \"What the processor writes\" in"
          + " the asyncify README";

  private final String generator;

  /**
   * @param generator the name that {@code @Generated} gives as the facade's author
   */
  FacadeWriter(String generator) {
    this.generator = generator;
  }

  JavaFile write(Facade facade) {
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(facade.name())
            .addJavadoc(interfaceJavadoc(facade))
            .addTypeVariables(facade.typeVariables())
            .alwaysQualify(facade.javaLangShadowed().toArray(String[]::new));
    markAsTheFacade(type, facade, generator, GENERATED_COMMENTS);
    type.addSuperinterfaces(facade.parents());
    // What a reader comes for first: the calls; then the factories that implement them.
    for (FacadeMethod method : facade.methods()) {
      type.addMethod(declaration(method));
    }
    type.addMethod(defaultFactory(facade)).addMethod(factory(facade));
    if (facade.hasPolicies()) {
      type.addMethod(scheduledFactory(facade));
    }
    return JavaFile.builder(facade.name().packageName(), type.build())
        .skipJavaLangImports(true)
        .build();
  }

  /**
   * Gives a file's type what the facade has: {@code @Generated} where the module sees it, with
   * {@code comments}; public where the facade is; {@code @Deprecated} where the source is.
   */
  static void markAsTheFacade(
      TypeSpec.Builder type, Facade facade, String generator, String comments) {
    if (facade.markedGenerated()) {
      type.addAnnotation(
          AnnotationSpec.builder(GeneratedNames.GENERATED)
              .addMember("value", "$S", generator)
              .addMember("comments", "$S", comments)
              .build());
    }
    if (facade.isPublic()) {
      type.addModifiers(Modifier.PUBLIC);
    }
    if (facade.deprecated()) {
      type.addAnnotation(Deprecated.class);
    }
  }

  private static CodeBlock interfaceJavadoc(Facade facade) {
    return CodeBlock.builder()
        .add(
            "Asynchronous facade of {@link $T}: each method starts the blocking call on an\n",
            facade.source())
        // Qualified: an interface without methods does not use the type, so must not import it.
        .add(
            "executor and returns at once a {@link $L $L} of its result.\n",
            COMPLETABLE_FUTURE.canonicalName(),
            COMPLETABLE_FUTURE.simpleName())
        .add(
            "\n<p>A future completes with what the call returns, or exceptionally with exactly what it\n")
        .add(
            "threw. {@code cancel(true)} interrupts a running call; a call cancelled before it starts\n")
        .add(
            "never runs. Get one with {@link #of($T)} or {@link #of($T, $T)}.\n",
            facade.source(),
            facade.source(),
            EXECUTOR)
        .build();
  }

  /** {@code static <T> FooAsync<T> of(Foo<T> delegate, ...)}, with its Javadoc's first lines. */
  private static MethodSpec.Builder factoryTaking(Facade facade, CodeBlock description) {
    return MethodSpec.methodBuilder("of")
        .addJavadoc(description)
        .addJavadoc("\n@param delegate the blocking implementation to call\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariables(facade.typeVariables())
        .returns(facade.facadeType())
        .addParameter(facade.sourceType(), DELEGATE_NAME);
  }

  private static MethodSpec defaultFactory(Facade facade) {
    return factoryTaking(
            facade,
            CodeBlock.of(
                "Returns a facade that runs the calls of {@code delegate} on {@link"
                    + " $T#defaultExecutor()}:\na virtual thread per call on Java 21 and later,"
                    + " else a shared pool of daemon threads.\n",
                TASKS))
        .addJavadoc("@return a facade of {@code delegate}\n")
        .addJavadoc("@throws NullPointerException if {@code delegate} is null\n")
        .addStatement("return of($N, $T.defaultExecutor())", DELEGATE_NAME, TASKS)
        .build();
  }

  /** {@code of(delegate, executor)}: the facade itself, or, with policies, the system scheduler. */
  private MethodSpec factory(Facade facade) {
    MethodSpec.Builder factory =
        factoryTaking(
                facade,
                CodeBlock.of(
                    "Returns a facade that runs the calls of {@code delegate} on {@code"
                        + " executor}.\n"))
            .addJavadoc("@param executor where the calls run\n")
            .addJavadoc("@return a facade of {@code delegate}\n")
            .addJavadoc(
                "@throws NullPointerException if {@code delegate} or {@code executor} is null\n")
            .addParameter(EXECUTOR, EXECUTOR_NAME);
    if (facade.hasPolicies()) {
      return factory
          .addStatement(
              "return of($N, $N, $T.system())",
              DELEGATE_NAME,
              EXECUTOR_NAME,
              GeneratedNames.SCHEDULER)
          .build();
    }
    return implementingFactory(factory, facade);
  }

  /** {@code of(delegate, executor, scheduler)}, for a facade whose methods have policies. */
  private MethodSpec scheduledFactory(Facade facade) {
    MethodSpec.Builder factory =
        factoryTaking(
                facade,
                CodeBlock.of(
                    "Returns a facade that runs the calls of {@code delegate} on {@code executor},"
                        + " and times\ntheir timeouts and the waits between their attempts on"
                        + " {@code scheduler}.\n"))
            .addJavadoc("@param executor where the calls run\n")
            .addJavadoc("@param scheduler where timeouts and waits are timed\n")
            .addJavadoc("@return a facade of {@code delegate}\n")
            .addJavadoc("@throws NullPointerException if an argument is null\n")
            .addParameter(EXECUTOR, EXECUTOR_NAME)
            .addParameter(GeneratedNames.SCHEDULER, SCHEDULER_NAME);
    return implementingFactory(factory, facade);
  }

  /** Ends {@code factory} with the null checks and the anonymous implementation it returns. */
  private MethodSpec implementingFactory(MethodSpec.Builder factory, Facade facade) {
    TypeSpec.Builder implementation =
        TypeSpec.anonymousClassBuilder("").addSuperinterface(facade.facadeType());
    Map<FacadeMethod, String> policyFields = policyFields(facade, implementation);
    for (FacadeMethod method : facade.methods()) {
      implementation.addMethod(
          implementation(method, Optional.ofNullable(policyFields.get(method))));
    }
    implementation.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement(
                "return $S + $N + $S + $N + $S",
                facade.name().simpleName() + "[delegate=",
                DELEGATE_NAME,
                ", executor=",
                EXECUTOR_NAME,
                "]")
            .build());
    factory
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, DELEGATE_NAME, DELEGATE_NAME)
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, EXECUTOR_NAME, EXECUTOR_NAME);
    if (facade.hasPolicies()) {
      factory.addStatement(
          "$T.requireNonNull($N, $S)", Objects.class, SCHEDULER_NAME, SCHEDULER_NAME);
    }
    return factory.addStatement("return $L", implementation.build()).build();
  }

  /**
   * Adds to the implementation a field for each method's policy (and one for the interface's limit,
   * which they share): made once per facade, so that a limit counts the calls of the facade.
   * Returns the field of each method that has one.
   */
  private static Map<FacadeMethod, String> policyFields(
      Facade facade, TypeSpec.Builder implementation) {
    Map<FacadeMethod, String> fields = new HashMap<>();
    NameAllocator names = new NameAllocator();
    String sharedLimiter = names.newName("limiter");
    if (facade.methods().stream().anyMatch(method -> method.policy().sharedLimit())) {
      implementation.addField(
          FieldSpec.builder(LIMITER, sharedLimiter, Modifier.PRIVATE, Modifier.FINAL)
              .initializer("new $T($L)", LIMITER, facade.sharedLimit().getAsInt())
              .build());
    }
    for (FacadeMethod method : facade.methods()) {
      MethodPolicy policy = method.policy();
      if (!policy.isPresent()) {
        continue;
      }
      CodeBlock.Builder built =
          CodeBlock.builder().add("$T.builder($N)$>$>", POLICY, SCHEDULER_NAME);
      policy.timeout().ifPresent(timeout -> built.add("\n.timeout($L)", duration(timeout)));
      if (policy.attempts() > 1) {
        built.add(
            "\n.retry($L, $L, $L)", policy.attempts(), duration(policy.delay()), policy.backoff());
        built.add("\n.retryOn($L)", classLiterals(policy.retryOn()));
        if (!policy.abortOn().isEmpty()) {
          built.add("\n.abortOn($L)", classLiterals(policy.abortOn()));
        }
      }
      policy.ownLimit().ifPresent(limit -> built.add("\n.limit(new $T($L))", LIMITER, limit));
      if (policy.sharedLimit()) {
        built.add("\n.limit($N)", sharedLimiter);
      }
      String field = names.newName(method.name() + "Policy");
      implementation.addField(
          FieldSpec.builder(POLICY, field, Modifier.PRIVATE, Modifier.FINAL)
              .initializer(built.add("\n.build()$<$<").build())
              .build());
      fields.put(method, field);
    }
    return fields;
  }

  private static CodeBlock duration(Duration duration) {
    return duration.toNanos() % 1_000_000 == 0
        ? CodeBlock.of("$T.ofMillis($L)", Duration.class, duration.toMillis())
        : CodeBlock.of("$T.ofNanos($L)", Duration.class, duration.toNanos());
  }

  private static CodeBlock classLiterals(List<ClassName> types) {
    return CodeBlock.join(
        types.stream().map(type -> CodeBlock.of("$T.class", type)).toList(), ", ");
  }

  private static MethodSpec declaration(FacadeMethod method) {
    List<String> names = new ArrayList<>();
    method.parameters().forEach(parameter -> names.add(parameter.name()));
    MethodSpec.Builder declaration = MethodSpec.methodBuilder(method.name());
    if (method.overridesParent()) {
      declaration.addAnnotation(Override.class);
    }
    return annotatedSignature(declaration, method, names)
        .addJavadoc(methodJavadoc(method))
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .build();
  }

  /**
   * The source method's Javadoc, when it has one, turned to the facade's terms: a paragraph on
   * where the call runs, its {@code @throws} as the ways the future fails, its {@code @return} as
   * what the future completes with.
   */
  private static CodeBlock methodJavadoc(FacadeMethod method) {
    // Qualified, with the label Javadoc would show: a type named only here must not be imported,
    // since a compiler that does not read Javadoc (ecj by default) calls such an import unused.
    CodeBlock link =
        CodeBlock.of(
            "{@link $L#$L($L) $L.$L($L)}",
            method.declaringType().canonicalName(),
            method.name(),
            joined(method.erasedParameterTypes(), Erasure::qualified),
            String.join(".", method.declaringType().simpleNames()),
            method.name(),
            joined(method.erasedParameterTypes(), Erasure::shown));
    DocComment source = method.doc().orElse(DocComment.NONE);
    CodeBlock.Builder doc = CodeBlock.builder();
    if (!source.description().isEmpty()) {
      doc.add("$L\n\n<p>", source.description());
    }
    doc.add("Starts $L on the facade's executor.\n", link);
    List<DocComment.Tag> thrown = new ArrayList<>(source.tagsNamed("throws"));
    thrown.addAll(source.tagsNamed("exception"));
    if (!thrown.isEmpty()) {
      doc.add("The future completes exceptionally with what the call throws:\n\n<ul>\n");
      thrown.forEach(tag -> doc.add("  <li>{@code $L} $L\n", tag.subject(), tag.detail()));
      doc.add("</ul>\n");
    }
    doc.add("\n");
    // Inherited tags come after the method's own ones: put them back in signature order.
    List<String> subjects = new ArrayList<>();
    method.typeVariables().forEach(variable -> subjects.add("<" + variable.name() + ">"));
    method.parameters().forEach(parameter -> subjects.add(parameter.name()));
    source.tagsNamed("param").stream()
        .sorted(Comparator.comparingInt(tag -> positionIn(subjects, tag.subject())))
        .forEach(tag -> doc.add("@param $L\n", tag.text()));
    doc.add("@return $L\n", futureJavadoc(method.result().kind(), source.tagsNamed("return")));
    for (DocComment.Tag tag : source.tags()) {
      if (!FACADE_TAGS.contains(tag.name())) {
        doc.add("@$L $L\n", tag.name(), tag.text());
      }
    }
    return doc.build();
  }

  private static String joined(List<TypeName> types, Function<TypeName, String> name) {
    return String.join(", ", types.stream().map(name).toList());
  }

  /** Where {@code subject} stands in {@code subjects}; after them all when it is not there. */
  private static int positionIn(List<String> subjects, String subject) {
    int position = subjects.indexOf(subject);
    return position < 0 ? subjects.size() : position;
  }

  private static String futureJavadoc(FacadeMethod.Result.Kind kind, List<DocComment.Tag> returns) {
    Optional<String> returned = returns.stream().map(DocComment.Tag::text).findFirst();
    return switch (kind) {
      case VALUE ->
          returned
              .map(text -> "a future that completes with " + text)
              .orElse("a future of its result");
      case VOID -> "a future that completes with null when it returns";
      case STAGE, RAW_STAGE ->
          "a future that completes as the stage it returns"
              + returned.map(text -> ": " + text).orElse("");
    };
  }

  private static MethodSpec implementation(FacadeMethod method, Optional<String> policyField) {
    // The impl's parameters must not hide what its body names.
    NameAllocator allocator = new NameAllocator();
    GeneratedNames.RESERVED_VARIABLES.stream().sorted().forEach(allocator::newName);
    List<String> names = new ArrayList<>();
    method.parameters().forEach(parameter -> names.add(allocator.newName(parameter.name())));

    CodeBlock typeArguments =
        method.typeVariables().isEmpty()
            ? CodeBlock.of("")
            : CodeBlock.of(
                "<$L>",
                CodeBlock.join(
                    method.typeVariables().stream()
                        .map(variable -> CodeBlock.of("$L", variable.name()))
                        .toList(),
                    ", "));
    CodeBlock call =
        CodeBlock.of(
            "$N.$L$N($L)", DELEGATE_NAME, typeArguments, method.name(), String.join(", ", names));
    // One object is the future, the task and the captured arguments: an anonymous FacadeSupport
    // call. Its call() names no type of the user's (see FacadeSupport), and returns Object, or a
    // stage of anything, that the facade method's signature makes a T.
    FacadeMethod.Result result = method.result();
    boolean stage = result.kind() == Kind.STAGE || result.kind() == Kind.RAW_STAGE;
    MethodSpec.Builder callMethod =
        MethodSpec.methodBuilder("call")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(stage ? ANY_STAGE : ClassName.OBJECT)
            .addException(Exception.class);
    if (result.kind() == Kind.VOID) {
      callMethod.addStatement("$L", call).addStatement("return null");
    } else {
      callMethod.addStatement("return $L", call);
    }
    TypeSpec task =
        TypeSpec.anonymousClassBuilder("")
            .superclass(
                ParameterizedTypeName.get(
                    stage ? GeneratedNames.STAGE_CALL : GeneratedNames.CALL,
                    futureValue(result.valueType())))
            .addMethod(callMethod.build())
            .build();
    // this.field: a parameter of the user's may have the field's name. The policy starts each
    // attempt's call itself, once it listens to it.
    CodeBlock body =
        policyField
            .map(
                field ->
                    CodeBlock.of(
                        "return this.$N.call(() -> $L, $N);\n", field, task, EXECUTOR_NAME))
            .orElse(CodeBlock.of("return $L.startOn($N);\n", task, EXECUTOR_NAME));
    MethodSpec.Builder implementation =
        MethodSpec.methodBuilder(method.name()).addAnnotation(Override.class);
    return annotatedSignature(implementation, method, names)
        .addModifiers(Modifier.PUBLIC)
        .addCode(body)
        .build();
  }

  /**
   * The type argument of a call whose future's value is {@code valueType}: the value type itself,
   * or, for the wildcard a stage method may return ({@code CompletionStage<? extends Number>}), its
   * upper bound, which the method's wildcard future accepts.
   */
  private static TypeName futureValue(TypeName valueType) {
    if (valueType instanceof WildcardTypeName wildcard) {
      return wildcard.lowerBounds().isEmpty() ? wildcard.upperBounds().get(0) : ClassName.OBJECT;
    }
    return valueType;
  }

  /**
   * Adds what declaration and implementation share: annotations, type variables, parameters with
   * {@code parameterNames}, the future they return.
   */
  private static MethodSpec.Builder annotatedSignature(
      MethodSpec.Builder builder, FacadeMethod method, List<String> parameterNames) {
    if (method.deprecated()) {
      builder.addAnnotation(Deprecated.class);
    }
    if (!method.suppressedWarnings().isEmpty()) {
      builder.addAnnotation(suppressWarnings(method.suppressedWarnings()));
    }
    builder
        .addTypeVariables(method.typeVariables())
        .returns(ParameterizedTypeName.get(COMPLETABLE_FUTURE, method.result().valueType()));
    for (int i = 0; i < parameterNames.size(); i++) {
      builder.addParameter(method.parameters().get(i).type(), parameterNames.get(i));
    }
    return builder.varargs(method.varargs());
  }

  private static AnnotationSpec suppressWarnings(Iterable<String> warnings) {
    AnnotationSpec.Builder annotation = AnnotationSpec.builder(SuppressWarnings.class);
    warnings.forEach(warning -> annotation.addMember("value", "$S", warning));
    return annotation.build();
  }
}
