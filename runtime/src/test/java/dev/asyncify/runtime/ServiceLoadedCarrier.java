package dev.asyncify.runtime;

/** A carrier listed in this module's test META-INF/services, so ServiceLoader finds it. */
public final class ServiceLoadedCarrier implements ContextCarrier<String> {

  static final ThreadLocal<String> VALUE = new ThreadLocal<>();

  private final ContextCarrier<String> delegate = ContextCarrier.of(VALUE);

  /** For ServiceLoader, which needs a public constructor. */
  public ServiceLoadedCarrier() {}

  @Override
  public String capture() {
    return delegate.capture();
  }

  @Override
  public String restore(String captured) {
    return delegate.restore(captured);
  }

  @Override
  public void reset(String previous) {
    delegate.reset(previous);
  }
}
