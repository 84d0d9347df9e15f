package dev.asyncify.runtime;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LimitTest {

  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void shutDown() {
    pool.shutdownNow();
  }

  @Test
  void neverRunsMoreThanTheLimitAtOnce() throws Exception {
    Executor limited = Tasks.limit(pool, 3);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    CountDownLatch threeRunning = new CountDownLatch(3);
    Semaphore release = new Semaphore(0);
    List<CompletableFuture<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      tasks.add(
          Tasks.spawn(
              () -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                threeRunning.countDown();
                release.acquire();
                return running.decrementAndGet();
              },
              limited));
    }
    assertTrue(threeRunning.await(10, SECONDS));
    assertEquals(3, running.get());

    release.release(10);

    assertEquals(10, Tasks.gather(tasks).get(10, SECONDS).size());
    assertEquals(3, mostAtOnce.get());
  }

  @Test
  void queuedTasksRunInTheOrderTheyCame() throws Exception {
    Queue<Runnable> held = new ArrayDeque<>();
    Executor limited = Tasks.limit(held::add, 1);
    List<Integer> order = Collections.synchronizedList(new ArrayList<>());

    for (int i = 0; i < 5; i++) {
      int index = i;
      limited.execute(() -> order.add(index));
    }
    assertEquals(1, held.size(), "one worker, however many tasks");
    held.remove().run();

    assertEquals(List.of(0, 1, 2, 3, 4), order);
  }

  @Test
  void submittingNeverBlocksTheCaller() {
    Queue<Runnable> held = new ArrayDeque<>();
    Executor limited = Tasks.limit(held::add, 2);

    for (int i = 0; i < 10_000; i++) {
      limited.execute(() -> {});
    }

    assertEquals(2, held.size());
  }

  @Test
  void aFailingTaskDoesNotStopTheOthers() throws Exception {
    Executor limited = Tasks.limit(pool, 1);
    CountDownLatch othersRan = new CountDownLatch(2);

    limited.execute(
        () -> {
          throw new IllegalStateException("one bad task");
        });
    limited.execute(othersRan::countDown);
    limited.execute(othersRan::countDown);

    assertTrue(othersRan.await(10, SECONDS));
  }

  @Test
  void aRefusedWorkerFailsTheSpawnedTask() {
    RejectedExecutionException refusal = new RejectedExecutionException("closed");
    Executor limited =
        Tasks.limit(
            command -> {
              throw refusal;
            },
            2);

    CompletableFuture<String> task = Tasks.spawn(() -> "never", limited);

    assertSame(refusal, task.handle((value, failure) -> failure).join());
  }

  @Test
  void aLimitBelowOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Tasks.limit(pool, 0));
  }
}
