package dev.asyncify.processor;

/**
 * Every message the processor reports, each with a stable tag that users can search for. The text
 * says what is wrong and what to do.
 */
enum Message {
  NOT_AN_INTERFACE(
      "AsyncNotInterface",
      "@Async applies to interfaces, but %s is %s. Put @Async on an interface that declares the"
          + " blocking methods, and let the class implement it"),
  PRIVATE_INTERFACE(
      "AsyncPrivateInterface",
      "@Async interface %s is private, so its facade %s could not see it. Make %s package-private"
          + " or public"),
  INVALID_NAME(
      "AsyncInvalidName",
      "@Async(name = \"%s\") is not a valid Java identifier. Give the simple name of a type, such"
          + " as \"%s\""),
  NAME_TAKEN(
      "AsyncNameTaken",
      "The facade of %s would be %s, but a type of that name already exists. Rename that type, or"
          + " name the facade with @Async(name = \"...\")"),
  NAME_SHARED(
      "AsyncNameTaken",
      "The facade of %s would be %s, which is already the facade of %s. Name one of them with"
          + " @Async(name = \"...\")"),
  LISTED_NAME_TAKEN(
      "AsyncNameTaken",
      "The facade of %s would be %s, but a type of that name already exists. Rename that type, or"
          + " put @AsyncOf on an element of another package"),
  LISTED_NAME_SHARED(
      "AsyncNameTaken",
      "The facade of %s would be %s, which is already the facade of %s. Put one @AsyncOf on an"
          + " element of another package"),
  LISTED_NOT_AN_INTERFACE(
      "AsyncOfNotInterface", "@AsyncOf lists %s, which is %s. List only interfaces"),
  LISTED_UNRESOLVED(
      "AsyncOfUnresolvedType",
      "@AsyncOf on %s lists a class that does not exist or cannot be seen: no facade was written"),
  LISTED_INACCESSIBLE(
      "AsyncOfInaccessible",
      "@AsyncOf lists %s, which code in %s cannot see. List interfaces that are public, in public"
          + " types, or put @AsyncOf in the package of %s"),
  FACTORY_CLASH(
      "AsyncFactoryClash",
      "Method %s would clash with the factory method %s that the facade %s declares. Rename the"
          + " method, or give it other parameter types"),
  MEMBER_TYPE_INACCESSIBLE(
      "AsyncInaccessibleType",
      "Method %s mentions %s, which the facade %s in %s cannot see. Make that type visible there,"
          + " or write the facade of another interface that leaves the method out"),
  OBJECT_METHOD_CLASH(
      "AsyncObjectMethod",
      "Method %s cannot have a facade method: %s, so no class could implement the facade. Rename"
          + " the method, or write the facade of an interface that leaves it out"),
  TOO_MANY_PARAMETERS(
      "AsyncTooManyParameters",
      "Method %s takes %d parameter slots (long and double take two), but a facade call can pass"
          + " at most %d: the JVM limits how many values a call can capture. Pass the arguments"
          + " in a record or an array"),
  RUNTIME_MISSING(
      "AsyncRuntimeMissing",
      "The facade of %s needs dev.asyncify.runtime.Tasks, which is not on the class path. Add the"
          + " dependency dev.asyncify:asyncify-runtime"),
  RUNTIME_NOT_READ(
      "AsyncRuntimeMissing",
      "The facade of %s needs dev.asyncify.runtime.Tasks, but module %s does not read module"
          + " dev.asyncify.runtime. Add \"requires dev.asyncify.runtime;\" to its module-info.java,"
          + " and the dependency dev.asyncify:asyncify-runtime if the build lacks it"),
  UNRESOLVED_TYPE(
      "AsyncUnresolvedType",
      "%s, the facade of %s, was not written, because %s mentions a type that does not exist:"
          + " %s"),
  PARENT_FACADE_MISSING(
      "AsyncParentFacadeMissing",
      "Interface %s extends %s, which is annotated @Async, but its facade %s does not exist: %s"
          + " was compiled without asyncify's processor. Compile it with asyncify-processor on the"
          + " processor path, or remove @Async from it"),
  PARENT_NOT_EXTENDED(
      "AsyncParentNotExtended",
      "%s does not extend %s: %s narrows the result of %s, so its facade method cannot override"
          + " the one of %s's facade (a CompletableFuture of a narrower type is not a subtype)"),
  POLICY_DURATION(
      "AsyncPolicyDuration",
      "%s of %s is \"%s\", which is not a duration. Write a number and a unit (500ms, 2s, 1m, 1h)"
          + " or an ISO-8601 duration (PT1.5S)"),
  POLICY_VALUE("AsyncPolicyValue", "%s of %s is %s, but it must be %s"),
  RETRY_ON_UNTHROWN(
      "AsyncRetryOnUnthrown",
      "@Retry of %s retries on %s, a checked exception %s cannot throw (it declares %s), so it"
          + " would never be retried. Name an exception the method throws, or an unchecked one"),
  RETRY_ON_UNTHROWN_BY_ANY(
      "AsyncRetryOnUnthrown",
      "@Retry of %s retries on %s, a checked exception that none of its methods can throw, so it"
          + " would never be retried. Name an exception they throw, or an unchecked one"),
  RETRY_ON_ABORT_ON(
      "AsyncRetryConflict",
      "@Retry of %s names %s both in retryOn and in abortOn. Keep it in one of the two"),
  LIMIT_ON_STAGE(
      "AsyncLimitOnStage",
      "@Limit cannot apply to %s: it returns a %s, so its call ends when the stage is returned,"
          + " long before the work behind it does, and the limit would not hold. Limit that work"
          + " where it runs"),
  SPRING_ASYNC(
      "AsyncSpringAsync",
      "Interface %s is annotated with Spring's @Async, not dev.asyncify.Async, so no %s is"
          + " written. If you meant asyncify's, import dev.asyncify.Async instead of"
          + " org.springframework.scheduling.annotation.Async"),
  PROCESSOR_FAILURE(
      "AsyncProcessorFailure",
      "asyncify failed while writing the facade of %s. This is a bug in asyncify; please report it"
          + " with this stack trace:%n%s");

  private final String tag;
  private final String format;

  Message(String tag, String format) {
    this.tag = tag;
    this.format = format;
  }

  /** The text of this message for {@code arguments}, starting with its tag in brackets. */
  String format(Object... arguments) {
    return "[" + tag + "] " + String.format(format, arguments);
  }
}
