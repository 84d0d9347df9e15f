package dev.asyncify.runtime;

import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The System.LoggerFinder of this module's tests (listed in test META-INF/services): it keeps what
 * the runtime logs, so tests can assert on it.
 */
public final class CapturingLoggerFinder extends System.LoggerFinder {

  /** One logged record. */
  record Logged(String logger, System.Logger.Level level, String message, Throwable thrown) {}

  static final List<Logged> LOGGED = new CopyOnWriteArrayList<>();

  /** For ServiceLoader, which needs a public constructor. */
  public CapturingLoggerFinder() {}

  @Override
  public System.Logger getLogger(String name, Module module) {
    return new System.Logger() {
      @Override
      public String getName() {
        return name;
      }

      @Override
      public boolean isLoggable(Level level) {
        return true;
      }

      @Override
      public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
        LOGGED.add(new Logged(name, level, message, thrown));
      }

      @Override
      public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        LOGGED.add(new Logged(name, level, format, null));
      }

      @Override
      public void log(Level level, Supplier<String> message, Throwable thrown) {
        log(level, (ResourceBundle) null, message.get(), thrown);
      }

      @Override
      public String toString() {
        return "CapturingLogger(" + name + ")";
      }
    };
  }
}
