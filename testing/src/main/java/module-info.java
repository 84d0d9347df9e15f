/** Executors and a scheduler that let tests of asyncify code decide when tasks and time run. */
module dev.asyncify.testing {
  // JSpecify's annotations in our signatures are for tools, which read them without the module:
  // "static", since nothing needs it at run time, and not "transitive", which would make every
  // module that reads ours need it to compile (the pom turns off the lint that asks for it).
  requires static org.jspecify;
  requires transitive dev.asyncify.runtime;

  exports dev.asyncify.testing;
}
