/**
 * The asyncify runtime: {@link dev.asyncify.runtime.Tasks} and the rest of the toolkit the
 * generated facades call. Modules that carry thread-local context into tasks provide a {@link
 * dev.asyncify.runtime.ContextCarrier}.
 */
module dev.asyncify.runtime {
  // JSpecify's annotations in our signatures are for tools, which read them without the module:
  // "static", since nothing needs it at run time, and not "transitive", which would make every
  // module that reads ours need it to compile (the pom turns off the lint that asks for it).
  requires static org.jspecify;

  exports dev.asyncify.runtime;

  uses dev.asyncify.runtime.ContextCarrier;
}
