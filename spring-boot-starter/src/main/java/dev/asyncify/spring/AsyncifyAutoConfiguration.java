package dev.asyncify.spring;

import dev.asyncify.runtime.Tasks;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The executor of facade beans, unless the application defines an {@link AsyncifyExecutor}: Boot's
 * {@code applicationTaskExecutor} (so {@code spring.threads.virtual.enabled=true} gives virtual
 * threads, and the application's {@code TaskDecorator} applies), or asyncify's default executor in
 * an application without one.
 *
 * <p>No {@code TaskDecorator} is registered here: thread-local context follows each call through
 * {@code asyncify-micrometer}, which this starter brings.
 */
@AutoConfiguration(
    afterName = "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration")
public class AsyncifyAutoConfiguration {

  /** The name of the executor Boot auto-configures. */
  static final String APPLICATION_TASK_EXECUTOR = "applicationTaskExecutor";

  /** Made by Spring. */
  public AsyncifyAutoConfiguration() {}

  /**
   * Boot's {@code applicationTaskExecutor}, or asyncify's default executor without one.
   *
   * @param beans where to look for Boot's executor
   * @return where facade calls run
   */
  @Bean
  @ConditionalOnMissingBean
  public AsyncifyExecutor asyncifyExecutor(BeanFactory beans) {
    return AsyncifyExecutor.of(
        beans.containsBean(APPLICATION_TASK_EXECUTOR)
            ? beans.getBean(APPLICATION_TASK_EXECUTOR, Executor.class)
            : Tasks.defaultExecutor());
  }
}
