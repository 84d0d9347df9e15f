package dev.asyncify.testing;

import java.util.concurrent.Executor;

/**
 * An executor that runs each task at once on the thread that submits it, so that a facade call or a
 * spawned task has finished when the call returns: for tests that want results in order, with no
 * threads. Cancellation and interruption then apply to the caller's own thread.
 */
public enum DirectExecutor implements Executor {
  /** The one instance. */
  INSTANCE;

  @Override
  public void execute(Runnable command) {
    command.run();
  }

  @Override
  public String toString() {
    return "DirectExecutor";
  }
}
