/** Executors and a scheduler that let tests of asyncify code decide when tasks and time run. */
module dev.asyncify.testing {
  requires transitive dev.asyncify.runtime;

  exports dev.asyncify.testing;
}
