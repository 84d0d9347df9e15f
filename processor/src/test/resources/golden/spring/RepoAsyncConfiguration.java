package data;

import dev.asyncify.spring.FacadeBeans;
import javax.annotation.processing.Generated;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes a {@link RepoAsync} bean of each bean that implements {@link Repo}: see {@link FacadeBeans}.
 */
@Configuration(
    value = "data.RepoAsyncConfiguration",
    proxyBeanMethods = false
)
@Generated(
    value = "dev.asyncify.processor.AsyncProcessor",
    comments = "Spring beans of a facade, written by asyncify; do not edit. What they are: docs/spring.md in asyncify"
)
public class RepoAsyncConfiguration {
  /**
   * Made by Spring.
   */
  public RepoAsyncConfiguration() {
  }

  /**
   * The registrar of the {@link RepoAsync} beans.
   */
  @Bean("data.RepoAsync.beans")
  public static FacadeBeans facadeBeans() {
    return new FacadeBeans(Repo.class, RepoAsync.class, (delegate, executor) -> RepoAsync.of((Repo<?, ?>) delegate, executor));
  }
}
