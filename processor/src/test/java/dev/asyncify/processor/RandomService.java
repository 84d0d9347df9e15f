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
 * log}, returns a value computed from it, and may throw depending on it, so two calls with the same
 * arguments give the same outcome.
 *
 * <p>Built by {@link RandomService#of}, which drops any method whose erased signature, as seen from
 * {@code Service}, another method already has: such interfaces do not compile, and are not what the
 * property is about.
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

  /**
   * A parameter type. {@code VAR} is the method's own type variable if it has one, else the type
   * variable of the interface that declares it; {@code OUTER} is always the latter, so that a
   * method with its own variable can mention both. Every bound admits a String.
   */
  enum Kind {
    INT("int", int.class),
    LONG("long", long.class),
    DOUBLE("double", double.class),
    BOOLEAN("boolean", boolean.class),
    STRING("String", String.class),
    INT_ARRAY("int[]", int[].class),
    STRING_ARRAY("String[]", String[].class),
    STRING_LIST("java.util.List<String>", java.util.List.class),
    /** A static nested type of a generic interface: ecj once gave it a parameterized owner. */
    ENTRY("java.util.Map.Entry<String, String>", java.util.Map.Entry.class),
    VAR("%v", null),
    VAR_LIST("java.util.List<%v>", java.util.List.class),
    VAR_ARRAY("%v[]", null),
    OUTER("%o", null),
    OUTER_LIST("java.util.List<%o>", java.util.List.class);

    private final String pattern;
    private final Class<?> erasure;

    Kind(String pattern, Class<?> erasure) {
      this.pattern = pattern;
      this.erasure = erasure;
    }

    String source(String variable, String outer) {
      return pattern.replace("%v", variable).replace("%o", outer);
    }

    boolean isArray() {
      return this == INT_ARRAY || this == STRING_ARRAY || this == VAR_ARRAY;
    }

    boolean isOuter() {
      return this == OUTER || this == OUTER_LIST;
    }

    /** This kind where no type variable is in scope. */
    Kind withoutVariable() {
      return switch (this) {
        case VAR, OUTER -> STRING;
        case VAR_LIST, OUTER_LIST -> STRING_LIST;
        case VAR_ARRAY -> STRING_ARRAY;
        default -> this;
      };
    }

    /** This kind where {@code OUTER} means what {@code VAR} means. */
    Kind outerAsVariable() {
      return switch (this) {
        case OUTER -> VAR;
        case OUTER_LIST -> VAR_LIST;
        default -> this;
      };
    }

    Class<?> erasure(Class<?> variableErasure, Class<?> outerErasure) {
      return switch (this) {
        case VAR -> variableErasure;
        case VAR_ARRAY -> variableErasure.arrayType();
        case OUTER -> outerErasure;
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
        case STRING, VAR, OUTER -> "s" + random.nextInt(10);
        case INT_ARRAY -> random.ints(random.nextInt(3), 0, 9).toArray();
        case STRING_ARRAY, VAR_ARRAY -> strings(random).toArray(String[]::new);
        case STRING_LIST, VAR_LIST, OUTER_LIST -> strings(random);
        case ENTRY -> java.util.Map.entry("k" + random.nextInt(3), "v" + random.nextInt(3));
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

  /** What a method returns; {@code VAR} and {@code OUTER} as for {@link Kind}. */
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
    VAR("%v"),
    VAR_LIST("java.util.List<%v>"),
    VAR_ARRAY("%v[]"),
    OUTER("%o"),
    STAGE("java.util.concurrent.CompletableFuture<String>");

    private final String pattern;

    Returned(String pattern) {
      this.pattern = pattern;
    }

    String source(String variable, String outer) {
      return pattern.replace("%v", variable).replace("%o", outer);
    }

    Returned withoutVariable() {
      return switch (this) {
        case VAR, OUTER -> STRING;
        case VAR_LIST -> STRING_LIST;
        case VAR_ARRAY -> STRING_ARRAY;
        default -> this;
      };
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
   * A method as generated.
   *
   * @param name its name, from a small set so that overloads happen
   * @param returned what it returns
   * @param parameters its parameter types
   * @param varargs whether the last parameter, if an array, is variable arity
   * @param failure how it fails
   * @param ownVariable the name of its own type variable {@code <V extends CharSequence>}, or null:
   *     picked from names the interfaces use too, so that it shadows their variables, or meets them
   *     after substitution
   */
  record Method(
      String name,
      Returned returned,
      List<Kind> parameters,
      boolean varargs,
      Failure failure,
      String ownVariable) {

    boolean isVarargs() {
      return varargs && !parameters.isEmpty() && parameters.get(parameters.size() - 1).isArray();
    }

    boolean mentionsOuter() {
      return returned == Returned.OUTER || parameters.stream().anyMatch(Kind::isOuter);
    }

    /**
     * This method as declared in an interface whose type variable is {@code declaring} (null for
     * none): without a variable in scope, {@code VAR} and {@code OUTER} become Strings; where
     * {@code OUTER} means what {@code VAR} means (no own variable, or one that shadows the
     * interface's), it becomes {@code VAR}.
     */
    Method declaredIn(String declaring) {
      List<Kind> kinds = new ArrayList<>(parameters);
      Returned result = returned;
      if (declaring == null) {
        kinds.replaceAll(
            kind -> kind.isOuter() || ownVariable == null ? kind.withoutVariable() : kind);
        result =
            result == Returned.OUTER || ownVariable == null ? result.withoutVariable() : result;
      } else if (ownVariable == null || ownVariable.equals(declaring)) {
        kinds.replaceAll(Kind::outerAsVariable);
        result = result == Returned.OUTER ? Returned.VAR : result;
      }
      return new Method(name, result, kinds, varargs, failure, ownVariable);
    }
  }

  /**
   * A super-interface {@code gen.ParentN<X>} of {@code Service}.
   *
   * @param methods the methods it declares
   * @param withString whether {@code Service} extends it as {@code ParentN<String>}, else as {@code
   *     ParentN<T>} (only when {@code Service} has {@code T})
   * @param variable the name of its type variable: {@code X}, or one that {@code Service} or a
   *     method also uses
   */
  record Parent(List<Method> methods, boolean withString, String variable) {}

  /**
   * A method as {@code Service} sees it, with the erasure of the type variable of the interface
   * that declares it there, which the facade and the implementation share.
   */
  record Call(Method method, Class<?> outerErasure) {

    Class<?>[] parameterTypes() {
      Class<?> variableErasure = method.ownVariable() != null ? CharSequence.class : outerErasure;
      return method.parameters().stream()
          .map(kind -> kind.erasure(variableErasure, outerErasure))
          .toArray(Class<?>[]::new);
    }

    Object[] arguments(Random random) {
      return method.parameters().stream().map(kind -> kind.argument(random)).toArray();
    }
  }

  private static final List<String> NAMES = List.of("call", "load", "of", "put");
  private static final List<String> VARIABLE_NAMES = List.of("T", "X", "U", "V");

  /** A random service, every choice drawn from {@code random}. */
  static RandomService random(Random random) {
    Variable variable = pick(random, List.of(Variable.values()));
    List<Method> methods = listOf(random, 1, 6, RandomService::randomMethod);
    List<Parent> parents =
        listOf(
            random,
            0,
            2,
            r ->
                new Parent(
                    listOf(r, 0, 4, RandomService::randomMethod),
                    r.nextBoolean(),
                    r.nextBoolean() ? "X" : pick(r, VARIABLE_NAMES)));
    return of(variable, methods, parents);
  }

  private static Method randomMethod(Random random) {
    return new Method(
        pick(random, NAMES),
        pick(random, List.of(Returned.values())),
        listOf(random, 0, 3, r -> pick(r, List.of(Kind.values()))),
        random.nextBoolean(),
        pick(random, List.of(Failure.values())),
        random.nextInt(3) == 0 ? pick(random, VARIABLE_NAMES) : null);
  }

  private static <T> T pick(Random random, List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  private static <T> List<T> listOf(
      Random random, int min, int max, java.util.function.Function<Random, T> element) {
    List<T> list = new ArrayList<>();
    for (int i = min + random.nextInt(max - min + 1); i > 0; i--) {
      list.add(element.apply(random));
    }
    return list;
  }

  /**
   * Smaller services with one method or one parent fewer, for shrinking a failure: each is valid as
   * this one is, since dropping a member cannot make the rest clash.
   */
  List<RandomService> smaller() {
    List<RandomService> smaller = new ArrayList<>();
    for (int i = 0; i < methods.size(); i++) {
      smaller.add(new RandomService(variable, without(methods, i), parents));
    }
    for (int i = 0; i < parents.size(); i++) {
      smaller.add(new RandomService(variable, methods, without(parents, i)));
      Parent parent = parents.get(i);
      for (int j = 0; j < parent.methods().size(); j++) {
        List<Parent> fewer = new ArrayList<>(parents);
        fewer.set(
            i, new Parent(without(parent.methods(), j), parent.withString(), parent.variable()));
        smaller.add(new RandomService(variable, methods, fewer));
      }
    }
    return smaller;
  }

  private static <T> List<T> without(List<T> list, int index) {
    List<T> copy = new ArrayList<>(list);
    copy.remove(index);
    return List.copyOf(copy);
  }

  /** The service of these parts, without the methods its signatures would make clash. */
  static RandomService of(Variable variable, List<Method> methods, List<Parent> parents) {
    Map<String, Call> seen = new LinkedHashMap<>();
    String serviceVariable = variable == Variable.NONE ? null : "T";
    List<Method> kept = keep(methods, serviceVariable, variable.erasure, seen);
    List<Parent> keptParents = new ArrayList<>();
    for (Parent parent : parents) {
      boolean withString = parent.withString() || variable == Variable.NONE;
      Class<?> substituted = withString ? String.class : variable.erasure;
      keptParents.add(
          new Parent(
              keep(parent.methods(), parent.variable(), substituted, seen),
              withString,
              parent.variable()));
    }
    return new RandomService(variable, kept, keptParents);
  }

  private static List<Method> keep(
      List<Method> methods, String declaring, Class<?> outerErasure, Map<String, Call> seen) {
    List<Method> kept = new ArrayList<>();
    for (Method generated : methods) {
      Method method = generated.declaredIn(declaring);
      Call call = new Call(method, outerErasure);
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
      calls.add(new Call(method, variable.erasure));
    }
    for (Parent parent : parents) {
      Class<?> substituted = parent.withString() ? String.class : variable.erasure;
      for (Method method : parent.methods()) {
        calls.add(new Call(method, substituted));
      }
    }
    return calls;
  }

  /**
   * A method as written in one file, with the text its declaring interface's variable has there.
   */
  private record Written(Method method, String variable) {

    /** The variable its generic parameters and result are written with. */
    String inScope() {
      String own = ownName(method, variable);
      return own == null ? variable : own;
    }
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
      List<Written> declared = writtenWith(parent.methods(), parent.variable());
      sources.put(
          "Parent" + i,
          suppressions(declared, parent.variable())
              + "public interface Parent"
              + i
              + "<"
              + parent.variable()
              + "> {\n"
              + declarations(declared)
              + "}\n");
      supertypes.add("Parent" + i + (parent.withString() ? "<String>" : "<T>"));
    }
    String typeParameters = variable.declaration;
    String classVariable = variable == Variable.NONE ? null : "T";
    List<Written> declared = writtenWith(methods, "T");
    sources.put(
        "Service",
        "@dev.asyncify.Async\n"
            + suppressions(declared, classVariable)
            + "public interface Service"
            + typeParameters
            + supertypes
            + " {\n"
            + declarations(declared)
            + "}\n");
    List<Written> implemented = new ArrayList<>(declared);
    for (Parent parent : parents) {
      implemented.addAll(writtenWith(parent.methods(), parent.withString() ? "String" : "T"));
    }
    StringBuilder implementation = new StringBuilder();
    implemented.forEach(written -> implementation.append(implementation(written)));
    sources.put(
        "ServiceImpl",
        suppressions(implemented, classVariable)
            + "public final class ServiceImpl"
            + typeParameters
            + " implements Service"
            + (classVariable == null ? "" : "<T>")
            + " {\n  public final java.util.List<String> log = new java.util.ArrayList<>();\n"
            + implementation
            + "}\n");
    sources.replaceAll((name, text) -> "package " + PACKAGE + ";\n\n" + text);
    return sources;
  }

  private static List<Written> writtenWith(List<Method> methods, String variable) {
    return methods.stream().map(method -> new Written(method, variable)).toList();
  }

  private static String declarations(List<Written> methods) {
    StringBuilder body = new StringBuilder();
    methods.forEach(written -> body.append(declaration(written.method(), written.variable())));
    return body.toString();
  }

  /**
   * The warnings a file must suppress, and no others, since ecj flags a needless one: {@code
   * unchecked} for varargs of a type variable, {@code hiding} (ecj's) for a method variable named
   * as {@code classVariable}, the file's own.
   */
  private static String suppressions(List<Written> methods, String classVariable) {
    List<String> warnings = new ArrayList<>();
    if (methods.stream().anyMatch(RandomService::hasGenericVarargs)) {
      warnings.add("\"unchecked\"");
    }
    if (methods.stream()
        .anyMatch(
            written ->
                classVariable != null
                    && classVariable.equals(ownName(written.method(), written.variable())))) {
      warnings.add("\"hiding\"");
    }
    return warnings.isEmpty() ? "" : "@SuppressWarnings({" + String.join(", ", warnings) + "})\n";
  }

  private static boolean hasGenericVarargs(Written written) {
    List<Kind> parameters = written.method().parameters();
    return written.method().isVarargs()
        && parameters.get(parameters.size() - 1) == Kind.VAR_ARRAY
        && !written.inScope().equals("String");
  }

  private static String declaration(Method method, String variable) {
    return "\n  " + signature(method, variable, "p") + ";\n";
  }

  /**
   * {@code <V extends CharSequence> V name(int p0, V... p1) throws Failed}, with {@code variable}
   * for the type variable of the declaring interface: its own name, {@code T}, or the {@code
   * String} it stands for.
   */
  private static String signature(Method method, String variable, String parameterPrefix) {
    String own = ownName(method, variable);
    String inScope = own == null ? variable : own;
    StringJoiner parameters = new StringJoiner(", ", "(", ")");
    for (int i = 0; i < method.parameters().size(); i++) {
      String type = method.parameters().get(i).source(inScope, variable);
      if (i == method.parameters().size() - 1 && method.isVarargs()) {
        type = type.substring(0, type.length() - 2) + "...";
      }
      parameters.add(type + " " + parameterPrefix + i);
    }
    return (own == null ? "" : "<" + own + " extends CharSequence> ")
        + method.returned().source(inScope, variable)
        + " "
        + method.name()
        + parameters
        + method.failure().throwsClause;
  }

  /**
   * The name the method's own variable is written with where the declaring interface's variable is
   * written {@code variable}: its own, unless that would capture a use of the outer one, as in the
   * implementation of {@code Parent<X>}'s {@code <T> T m(T a, X b)} for {@code Service<T>}.
   */
  private static String ownName(Method method, String variable) {
    if (method.ownVariable() == null) {
      return null;
    }
    return method.ownVariable().equals(variable) && method.mentionsOuter()
        ? "Z"
        : method.ownVariable();
  }

  private static String implementation(Written written) {
    Method method = written.method();
    String variable = written.variable();
    String inScope = written.inScope();
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
    String result = result(method, inScope, variable);
    if (result != null) {
      body.append("    return ").append(result).append(";\n");
    }
    return "\n  @Override\n  public " + signature(method, variable, "p") + " {\n" + body + "  }\n";
  }

  /** The expression a method returns, or null for void. */
  private static String result(Method method, String variable, String outer) {
    int firstVariable = method.parameters().indexOf(Kind.VAR);
    int firstOuter = method.parameters().indexOf(Kind.OUTER);
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
      case VAR_LIST ->
          "java.util.Collections.<" + variable + ">singletonList(" + variableValue + ")";
      case VAR_ARRAY ->
          firstVariableArray < 0 || variableArrayIsVarargs ? "null" : "p" + firstVariableArray;
      case OUTER -> firstOuter < 0 ? "null" : "p" + firstOuter;
      case STAGE ->
          "digest.length() % 2 == 0 ? java.util.concurrent.CompletableFuture.completedFuture(digest)"
              + " : java.util.concurrent.CompletableFuture.failedFuture(new"
              + " IllegalStateException(digest))";
    };
  }
}
