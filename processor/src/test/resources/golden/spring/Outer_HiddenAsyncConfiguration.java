package data;

import dev.asyncify.spring.FacadeBeans;
import javax.annotation.processing.Generated;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes a {@link Outer_HiddenAsync} bean of each bean that implements {@link Outer.Hidden}: see {@link FacadeBeans}.
 */
@Configuration(
    value = "data.Outer_HiddenAsyncConfiguration",
    proxyBeanMethods = false
)
@Generated(
    value = "dev.asyncify.processor.AsyncProcessor",
    comments = "Spring beans of a facade, written by asyncify; do not edit. What they are: docs/spring.md in asyncify"
)
class Outer_HiddenAsyncConfiguration {
  /**
   * Made by Spring.
   */
  Outer_HiddenAsyncConfiguration() {
  }

  /**
   * The registrar of the {@link Outer_HiddenAsync} beans.
   */
  @Bean("data.Outer_HiddenAsync.beans")
  static FacadeBeans facadeBeans() {
    return new FacadeBeans(Outer.Hidden.class, Outer_HiddenAsync.class, (delegate, executor) -> Outer_HiddenAsync.of((Outer.Hidden) delegate, executor));
  }
}
