package dev.asyncify.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * A random {@code @Async} interface {@code gen.Service}, the generic interfaces it extends, and a
 * deterministic implementation {@code gen.ServiceImpl} of it, as Java sources; and the calls a test
 * can make on it. Every method records a digest of its arguments in the implementation's {@code
 * log}, returns a value computed from it, and may throw depending on it, so two calls with the
 * same arguments give the same outcome.
 *
 * <p>Built by {@link RandomService#of}, which drops any method whose erased signature, as seen
 * from {@code Service}, another method already has: such interfaces do not compile, and are not
 * what the property is about.
 *
 * @param variable the type parameter of {@code Service}, if it has one
 * @param methods the methods {@code Service} declares
 * @param parents the interfaces {@code Service} extends
 */
record RandomService(Variable variable, List<Method> methods, List<Parent> parents) {

  static final String PACKAGE = "gen";

  /** The type parameter of {@code Service}: none, or {@code T} with one of these bounds. */
  enum Variable {
    NONE("", Object.class),
    UNBOUNDED("<T>", Object.class),
    CHAR_SEQUENCE("<T extends CharSequence>", CharSequence.class),
    RECURSIVE("<T extends Comparable<? super T>>", Comparable.class),
    INTERSECTION("<T extends CharSequence & Comparable<? super T>>", CharSequence.class);

    final String declaration;
    final Class<?> erasure;

    Variable(String declaration, Class<?> erasure) {
      this.declaration = declaration;
      this.erasure = erasure;
    }
  }

  /** A parameter type. {@code VAR} is the type variable in scope; every bound admits a String. */
  enum Kind {
    INT("int", int.class),
    LONG("long", long.class),
    DOUBLE("double", double.class),
    BOOLEAN("boolean", boolean.class),
    STRING("String", String.class),
    INT_ARRAY("int[]", int[].class),
    STRING_ARRAY("String[]", String[].class),
    STRING_LIST("java.util.List<String>", java.util.List.class),
    VAR("%s", null),
    VAR_LIST("java.util.List<%s>", java.util.List.class),
    VAR_ARRAY("%s[]", null);

    private final String pattern;
    private final Class<?> erasure;

    Kind(String pattern, Class<?> erasure) {
      this.pattern = pattern;
      this.erasure = erasure;
    }

    String source(String variable) {
      return pattern.replace("%s", variable);
    }

    boolean isArray() {
      return this == INT_ARRAY || this == STRING_ARRAY || this == VAR_ARRAY;
    }

    boolean mentionsVariable() {
      return this == VAR || this == VAR_LIST || this == VAR_ARRAY;
    }

    Kind withoutVariable() {
      return switch (this) {
        case VAR -> STRING;
        case VAR_LIST -> STRING_LIST;
        case VAR_ARRAY -> STRING_ARRAY;
        default -> this;
      };
    }

    Class<?> erasure(Class<?> variableErasure) {
      return switch (this) {
        case VAR -> variableErasure;
        case VAR_ARRAY -> variableErasure.arrayType();
        default -> erasure;
      };
    }

    /** An argument of this kind; Strings stand in for every type variable. */
    Object argument(Random random) {
      return switch (this) {
        case INT -> random.nextInt(100) - 50;
        case LONG -> random.nextLong() % 1000;
        case DOUBLE -> random.nextInt(100) / 8.0;
        case BOOLEAN -> random.nextBoolean();
        case STRING, VAR -> "s" + random.nextInt(10);
        case INT_ARRAY -> random.ints(random.nextInt(3), 0, 9).toArray();
        case STRING_ARRAY, VAR_ARRAY -> strings(random).toArray(String[]::new);
        case STRING_LIST, VAR_LIST -> strings(random);
      };
    }

    private static List<String> strings(Random random) {
      List<String> strings = new ArrayList<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        strings.add("e" + random.nextInt(5));
      }
      return List.copyOf(strings);
    }
  }

  /** What a method returns. */
  enum Returned {
    VOID("void"),
    INT("int"),
    LONG("long"),
    BOOLEAN("boolean"),
    DOUBLE("double"),
    STRING("String"),
    INT_ARRAY("int[]"),
    STRING_ARRAY("String[]"),
    STRING_LIST("java.util.List<String>"),
    VAR("%s"),
    VAR_LIST("java.util.List<%s>"),
    VAR_ARRAY("%s[]"),
    STAGE("java.util.concurrent.CompletableFuture<String>");

    private final String pattern;

    Returned(String pattern) {
      this.pattern = pattern;
    }

    String source(String variable) {
      return pattern.replace("%s", variable);
    }

    boolean mentionsVariable() {
      return this == VAR || this == VAR_LIST || this == VAR_ARRAY;
    }
  }

  /** How a method fails, for arguments whose digest has an even hash. */
  enum Failure {
    NONE("", ""),
    CHECKED(" throws Failed", "new Failed(digest)"),
    IO(" throws java.io.IOException", "new java.io.IOException(digest)"),
    UNCHECKED("", "new IllegalStateException(digest)"),
    ERROR("", "new AssertionError(digest)");

    final String throwsClause;
    final String exception;

    Failure(String throwsClause, String exception) {
      this.throwsClause = throwsClause;
      this.exception = exception;
    }
  }

  /**
   * A method as generated, before its type variable is known.
   *
   * @param name its name, from a small set so that overloads happen
   * @param returned what it returns
   * @param parameters its parameter types
   * @param varargs whether the last parameter, if an array, is variable arity
   * @param failure how it fails
   * @param ownVariable whether it declares its own type variable, {@code <V extends
   *     CharSequence>} named as the interface's, which it then shadows
   */
  record Method(
      String name,
      Returned returned,
      List<Kind> parameters,
      boolean varargs,
      Failure failure,
      boolean ownVariable) {

    boolean isVarargs() {
      return varargs && !parameters.isEmpty() && parameters.get(parameters.size() - 1).isArray();
    }

    /** This method where no type variable is in scope: {@code VAR} kinds become Strings. */
    Method withoutVariable() {
      Returned plainReturn =
          switch (returned) {
            case VAR -> Returned.STRING;
            case VAR_LIST -> Returned.STRING_LIST;
            case VAR_ARRAY -> Returned.STRING_ARRAY;
            default -> returned;
          };
      List<Kind> plain = parameters.stream().map(Kind::withoutVariable).toList();
      return new Method(name, plainReturn, plain, varargs, failure, false);
    }
  }

  /**
   * A super-interface {@code gen.ParentN<X>} of {@code Service}.
   *
   * @param methods the methods it declares
   * @param withString whether {@code Service} extends it as {@code ParentN<String>}, else as
   *     {@code ParentN<T>} (only when {@code Service} has {@code T})
   */
  record Parent(List<Method> methods, boolean withString) {}

  /**
   * A method as {@code Service} sees it: where it is declared and the erasure of its type variable
   * there, which the facade and the implementation share.
   */
  record Call(Method method, Class<?> variableErasure) {

    /** {@code method} where the type variable in scope erases to {@code scopeErasure}. */
    static Call of(Method method, Class<?> scopeErasure) {
      return new Call(method, method.ownVariable() ? CharSequence.class : scopeErasure);
    }

    Class<?>[] parameterTypes() {
      return method.parameters().stream()
          .map(kind -> kind.erasure(variableErasure))
          .toArray(Class<?>[]::new);
    }

    Object[] arguments(Random random) {
      return method.parameters().stream().map(kind -> kind.argument(random)).toArray();
    }
  }

  /** The service of these parts, without the methods its signatures would make clash. */
  static RandomService of(Variable variable, List<Method> methods, List<Parent> parents) {
    Map<String, Call> seen = new LinkedHashMap<>();
    List<Method> kept = keep(methods, variable.erasure, variable == Variable.NONE, seen);
    List<Parent> keptParents = new ArrayList<>();
    for (Parent parent : parents) {
      boolean withString = parent.withString() || variable == Variable.NONE;
      Class<?> substituted = withString ? String.class : variable.erasure;
      keptParents.add(new Parent(keep(parent.methods(), substituted, false, seen), withString));
    }
    return new RandomService(variable, kept, keptParents);
  }

  private static List<Method> keep(
      List<Method> methods, Class<?> variableErasure, boolean noVariable, Map<String, Call> seen) {
    List<Method> kept = new ArrayList<>();
    for (Method generated : methods) {
      Method method =
          noVariable && !generated.ownVariable() ? generated.withoutVariable() : generated;
      Call call = Call.of(method, variableErasure);
      String signature =
          method.name()
              + java.util.Arrays.stream(call.parameterTypes())
                  .map(Class::getName)
                  .collect(Collectors.joining(",", "(", ")"));
      if (seen.putIfAbsent(signature, call) == null) {
        kept.add(method);
      }
    }
    return kept;
  }

  /** Every method {@code Service} has, with the erasures its facade and implementation use. */
  List<Call> calls() {
    List<Call> calls = new ArrayList<>();
    for (Method method : methods) {
      calls.add(Call.of(method, variable.erasure));
    }
    for (Parent parent : parents) {
      Class<?> substituted = parent.withString() ? String.class : variable.erasure;
      for (Method method : parent.methods()) {
        calls.add(Call.of(method, substituted));
      }
    }
    return calls;
  }

  /** The sources: {@code Failed}, each parent, {@code Service} and {@code ServiceImpl}. */
  Map<String, String> sources() {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put(
        "Failed",
        "public class Failed extends Exception {\n"
            + "  private static final long serialVersionUID = 1L;\n\n"
            + "  public Failed(String message) {\n    super(message);\n  }\n}\n");
    StringJoiner supertypes = new StringJoiner(", ", " extends ", "").setEmptyValue("");
    for (int i = 0; i < parents.size(); i++) {
      Parent parent = parents.get(i);
      StringBuilder body = new StringBuilder();
      parent.methods().forEach(method -> body.append(declaration(method, "X")));
      sources.put(
          "Parent" + i,
          "@SuppressWarnings(\"unchecked\")\npublic interface Parent" + i + "<X> {\n" + body + "}\n");
      supertypes.add("Parent" + i + (parent.withString() ? "<String>" : "<T>"));
    }
    String typeParameters = variable.declaration;
    String typeArguments = variable == Variable.NONE ? "" : "<T>";
    StringBuilder service = new StringBuilder();
    methods.forEach(method -> service.append(declaration(method, "T")));
    sources.put(
        "Service",
        "@dev.asyncify.Async\n@SuppressWarnings(\"unchecked\")\npublic interface Service"
            + typeParameters
            + supertypes
            + " {\n"
            + service
            + "}\n");
    StringBuilder implementation = new StringBuilder();
    methods.forEach(method -> implementation.append(implementation(method, "T")));
    for (Parent parent : parents) {
      String variableName = parent.withString() ? "String" : "T";
      parent.methods().forEach(method -> implementation.append(implementation(method, variableName)));
    }
    sources.put(
        "ServiceImpl",
        "@SuppressWarnings(\"unchecked\")\npublic final class ServiceImpl"
            + typeParameters
            + " implements Service"
            + typeArguments
            + " {\n  public final java.util.List<String> log = new java.util.ArrayList<>();\n"
            + implementation
            + "}\n");
    sources.replaceAll((name, text) -> "package " + PACKAGE + ";\n\n" + text);
    return sources;
  }

  private static String declaration(Method method, String variable) {
    return "\n  " + signature(method, variable, "p") + ";\n";
  }

  /**
   * {@code <V extends CharSequence> V name(int p0, V... p1) throws Failed}, with {@code variable}
   * for the type variable in scope: {@code T}, {@code X}, or the {@code String} it stands for.
   */
  private static String signature(Method method, String variable, String parameterPrefix) {
    String own = method.ownVariable() ? "<" + ownName(variable) + " extends CharSequence> " : "";
    String inScope = method.ownVariable() ? ownName(variable) : variable;
    StringJoiner parameters = new StringJoiner(", ", "(", ")");
    for (int i = 0; i < method.parameters().size(); i++) {
      String type = method.parameters().get(i).source(inScope);
      if (i == method.parameters().size() - 1 && method.isVarargs()) {
        type = type.substring(0, type.length() - 2) + "...";
      }
      parameters.add(type + " " + parameterPrefix + i);
    }
    return own
        + method.returned().source(inScope)
        + " "
        + method.name()
        + parameters
        + method.failure().throwsClause;
  }

  /** A method's own variable shadows the interface's; in the implementation it needs a name. */
  private static String ownName(String variable) {
    return variable.equals("String") ? "X" : variable;
  }

  private static String implementation(Method method, String variable) {
    String inScope = method.ownVariable() ? ownName(variable) : variable;
    StringJoiner arguments = new StringJoiner(", ", "new Object[] {", "}");
    for (int i = 0; i < method.parameters().size(); i++) {
      arguments.add("p" + i);
    }
    StringBuilder body = new StringBuilder();
    body.append("    String digest = \"")
        .append(method.name())
        .append("\" + java.util.Arrays.deepToString(")
        .append(arguments)
        .append(");\n    log.add(digest);\n");
    if (method.failure() != Failure.NONE) {
      body.append("    if ((digest.hashCode() & 1) == 0) {\n      throw ")
          .append(method.failure().exception)
          .append(";\n    }\n");
    }
    String result = result(method, inScope);
    if (result != null) {
      body.append("    return ").append(result).append(";\n");
    }
    return "\n  @Override\n  public "
        + signature(method, variable, "p")
        + " {\n"
        + body
        + "  }\n";
  }

  /** The expression a method returns, or null for void. */
  private static String result(Method method, String variable) {
    int firstVariable = method.parameters().indexOf(Kind.VAR);
    int firstVariableArray = method.parameters().indexOf(Kind.VAR_ARRAY);
    String variableValue = firstVariable < 0 ? "null" : "p" + firstVariable;
    boolean variableArrayIsVarargs =
        method.isVarargs() && firstVariableArray == method.parameters().size() - 1;
    return switch (method.returned()) {
      case VOID -> null;
      case INT -> "digest.hashCode()";
      case LONG -> "digest.hashCode() * 31L";
      case BOOLEAN -> "digest.length() % 2 == 0";
      case DOUBLE -> "digest.length() / 4.0";
      case STRING -> "digest";
      case INT_ARRAY -> "new int[] {digest.length(), digest.hashCode()}";
      case STRING_ARRAY -> "new String[] {digest}";
      case STRING_LIST -> "java.util.List.of(digest)";
      case VAR -> variableValue;
      case VAR_LIST -> "java.util.Collections.<" + variable + ">singletonList(" + variableValue + ")";
      case VAR_ARRAY ->
          firstVariableArray < 0 || variableArrayIsVarargs ? "null" : "p" + firstVariableArray;
      case STAGE ->
          "digest.length() % 2 == 0 ? java.util.concurrent.CompletableFuture.completedFuture(digest)"
              + " : java.util.concurrent.CompletableFuture.failedFuture(new"
              + " IllegalStateException(digest))";
    };
  }
}
