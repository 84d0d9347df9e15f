package dev.asyncify.runtime;

import java.lang.reflect.Method;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The executor behind {@link Tasks#defaultExecutor()}: a new virtual thread per task on Java 21+,
 * else one shared cached pool of daemon threads. Never the common ForkJoinPool, whose parallelism
 * is the core count minus one: blocking calls would queue behind each other.
 */
final class DefaultExecutor implements Executor {

  static final DefaultExecutor INSTANCE = create();

  private static final String THREAD_PREFIX = "asyncify-";

  private final Executor target;
  private final String description;

  private DefaultExecutor(Executor target, String description) {
    this.target = target;
    this.description = description;
  }

  @Override
  public void execute(Runnable command) {
    target.execute(command);
  }

  @Override
  public String toString() {
    return description;
  }

  @SuppressWarnings("UnnecessaryMethodReference") // the reference hides the pool: see below
  private static DefaultExecutor create() {
    ThreadFactory virtualThreads = virtualThreadFactory();
    if (virtualThreads != null) {
      return new DefaultExecutor(
          command -> virtualThreads.newThread(command).start(),
          "asyncify default executor (a virtual thread per task)");
    }
    // Wrapped, so that nobody can cast it to ExecutorService and shut it down for everyone.
    ExecutorService pool = Executors.newCachedThreadPool(daemonThreads());
    return new DefaultExecutor(
        pool::execute, "asyncify default executor (a cached pool of daemon threads)");
  }

  /**
   * {@code Thread.ofVirtual().name("asyncify-", 1).factory()}, called reflectively because the
   * runtime is compiled for Java 17; null before Java 21.
   */
  private static @Nullable ThreadFactory virtualThreadFactory() {
    if (Runtime.version().feature() < 21) {
      return null;
    }
    try {
      Method ofVirtual = Thread.class.getMethod("ofVirtual");
      Class<?> builderType = ofVirtual.getReturnType();
      Object builder = ofVirtual.invoke(null);
      builder =
          builderType
              .getMethod("name", String.class, long.class)
              .invoke(builder, THREAD_PREFIX, 1L);
      return (ThreadFactory) builderType.getMethod("factory").invoke(builder);
    } catch (ReflectiveOperationException | RuntimeException unavailable) {
      return null;
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicLong count = new AtomicLong();
    return command -> {
      Thread thread = new Thread(command, THREAD_PREFIX + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
