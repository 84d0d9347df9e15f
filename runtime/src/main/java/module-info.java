/**
 * The asyncify runtime: {@link dev.asyncify.runtime.Tasks} and the rest of the toolkit the
 * generated facades call. Modules that carry thread-local context into tasks provide a {@link
 * dev.asyncify.runtime.ContextCarrier}.
 */
module dev.asyncify.runtime {
  exports dev.asyncify.runtime;

  uses dev.asyncify.runtime.ContextCarrier;
}
