package dev.asyncify.runtime;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class DefaultExecutorTest {

  private static final boolean VIRTUAL_THREADS = Runtime.version().feature() >= 21;

  @Test
  void defaultExecutorIsNotTheCommonPool() {
    assertNotSame(ForkJoinPool.commonPool(), Tasks.defaultExecutor());
    Thread worker = Tasks.spawn(Thread::currentThread).join();
    assertFalse(worker.getName().startsWith("ForkJoinPool"), worker.getName());
  }

  @Test
  void defaultExecutorCannotBeShutDown() {
    assertFalse(Tasks.defaultExecutor() instanceof ExecutorService);
  }

  @Test
  void defaultExecutorNamesItsThreadsAsyncify() {
    Thread worker = Tasks.spawn(Thread::currentThread).join();

    assertTrue(worker.getName().matches("asyncify-\\d+"), worker.getName());
  }

  @Test
  void defaultExecutorRunsVirtualThreadsFromJava21() throws Exception {
    assumeTrue(VIRTUAL_THREADS, "virtual threads need Java 21");
    Thread worker = Tasks.spawn(Thread::currentThread).join();

    assertEquals(true, Thread.class.getMethod("isVirtual").invoke(worker));
  }

  @Test
  void defaultExecutorRunsDaemonPlatformThreadsBeforeJava21() {
    assumeTrue(!VIRTUAL_THREADS, "before Java 21 only");
    Thread worker = Tasks.spawn(Thread::currentThread).join();

    assertTrue(worker.isDaemon());
  }

  @Test
  void defaultExecutorRunsManyBlockingTasksAtOnce() throws Exception {
    int parties = 64;
    // Each task blocks until all 64 are running at once: a bounded pool would time out here.
    CyclicBarrier allRunning = new CyclicBarrier(parties);
    List<CompletableFuture<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < parties; i++) {
      tasks.add(Tasks.spawn(() -> allRunning.await(30, SECONDS)));
    }

    assertEquals(parties, Tasks.gather(tasks).get(60, SECONDS).size());
  }
}
