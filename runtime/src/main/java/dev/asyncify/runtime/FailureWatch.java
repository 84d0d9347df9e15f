package dev.asyncify.runtime;

import java.lang.ref.Cleaner;
import org.jspecify.annotations.Nullable;

/**
 * Reports, once, the failure of a spawned task that nobody looked at before its future was
 * garbage-collected: asyncio's "Task exception was never retrieved". Only failed futures are
 * watched, so the success path pays nothing.
 */
final class FailureWatch implements Runnable {

  /**
   * The runtime's one logger, named for the class users know; spelled out, since naming {@code
   * Tasks.class} would make this class, loaded by every task, depend on Tasks.
   */
  static final String LOGGER_NAME = "dev.asyncify.runtime.Tasks";

  private static final System.Logger LOGGER = System.getLogger(LOGGER_NAME);

  /** Created on the first failure, so that a program that never fails starts no Cleaner thread. */
  private static final class CleanerHolder {
    static final Cleaner CLEANER = Cleaner.create();
  }

  private final Throwable failure;
  private volatile boolean observed;

  /** Set once registered; cleaning it as soon as the failure is seen spares the GC the work. */
  private volatile Cleaner.@Nullable Cleanable cleanable;

  FailureWatch(Throwable failure) {
    this.failure = failure;
  }

  /** Starts watching {@code future}, which failed with this watch's failure. */
  void register(Object future) {
    cleanable = CleanerHolder.CLEANER.register(future, this);
    if (observed) {
      cleanable.clean();
    }
  }

  /** Someone looked at the failure: it will not be reported, and the watch is dropped now. */
  void observed() {
    observed = true;
    Cleaner.Cleanable registered = cleanable;
    if (registered != null) {
      registered.clean();
    }
  }

  /** Runs when the future has been collected. Must not refer to the future. */
  @Override
  public void run() {
    if (!observed) {
      LOGGER.log(
          System.Logger.Level.WARNING,
          "A task failed and its failure was never retrieved: nobody called get, join or await on"
              + " its future, nor chained a stage to it, before it was garbage-collected",
          failure);
    }
  }
}
