package dev.asyncify.spring.it.app;

import java.util.Map;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.task.TaskDecorator;

/** An application as a user writes one: beans of @Async interfaces, nothing about facades. */
@SpringBootApplication
public class TestApplication {

  /** Set on the worker by the application's TaskDecorator, for the length of each task. */
  public static final ThreadLocal<String> DECORATED = new ThreadLocal<>();

  @Bean
  Greeter greeter() {
    return new Greeter() {
      @Override
      public String greet(String name) {
        return "hello " + name + " (requestId " + MDC.get("requestId") + ")";
      }

      @Override
      public String threadSeen() {
        return Thread.currentThread().getName() + " decorated=" + DECORATED.get();
      }

      @Override
      public boolean onVirtualThread() throws ReflectiveOperationException {
        return (Boolean) Thread.class.getMethod("isVirtual").invoke(Thread.currentThread());
      }
    };
  }

  @Bean
  Repo<String, Long> users() {
    Map<Long, String> users = Map.of(1L, "ada");
    return users::get;
  }

  @Bean
  Repo<Integer, String> lengths() {
    return String::length;
  }

  @Bean
  @Primary
  Clock utcClock() {
    return () -> "UTC";
  }

  @Bean
  Clock parisClock() {
    return () -> "Europe/Paris";
  }

  /** The user's decorator, which Boot applies to applicationTaskExecutor. */
  @Bean
  TaskDecorator markingDecorator() {
    return task ->
        () -> {
          DECORATED.set("yes");
          try {
            task.run();
          } finally {
            DECORATED.remove();
          }
        };
  }
}
