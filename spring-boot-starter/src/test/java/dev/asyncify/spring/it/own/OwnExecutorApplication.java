package dev.asyncify.spring.it.own;

import dev.asyncify.Async;
import dev.asyncify.spring.AsyncifyExecutor;
import java.util.concurrent.Executors;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** An application that picks the executor of its facades. */
@SpringBootApplication
public class OwnExecutorApplication {

  @Async
  public interface Worker {
    String thread();
  }

  @Bean
  Worker worker() {
    return () -> Thread.currentThread().getName();
  }

  @Bean(destroyMethod = "shutdown")
  java.util.concurrent.ExecutorService reportPool() {
    return Executors.newSingleThreadExecutor(task -> new Thread(task, "report-pool"));
  }

  @Bean
  AsyncifyExecutor asyncifyExecutor(java.util.concurrent.ExecutorService reportPool) {
    return AsyncifyExecutor.of(reportPool);
  }
}
