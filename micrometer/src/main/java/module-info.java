/**
 * Carries Micrometer's context-propagation context (every registered {@code ThreadLocalAccessor})
 * into asyncify tasks: see {@link dev.asyncify.micrometer.MicrometerContextCarrier}.
 */
module dev.asyncify.micrometer {
  requires dev.asyncify.runtime;
  requires context.propagation;
  // As in the runtime: nullness annotations for tools, nothing needed at run time.
  requires static org.jspecify;

  exports dev.asyncify.micrometer;

  provides dev.asyncify.runtime.ContextCarrier with
      dev.asyncify.micrometer.MicrometerContextCarrier;
}
