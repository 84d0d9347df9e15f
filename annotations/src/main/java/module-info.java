/**
 * The annotations that ask the asyncify processor for facades: {@code @Async} and {@code @AsyncOf}.
 */
module dev.asyncify {
  // JSpecify's annotations in our signatures are for tools, which read them without the module:
  // "static", since nothing needs it at run time, and not "transitive", which would make every
  // module that reads ours need it to compile (the pom turns off the lint that asks for it).
  requires static org.jspecify;

  exports dev.asyncify;
}
