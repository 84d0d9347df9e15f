package dev.asyncify.spring;

import java.util.Objects;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.ResolvableType;

/**
 * Registers a facade bean for each bean that implements one {@code @Async} interface. The processor
 * writes, next to each facade, a {@code @Configuration} that declares one of these (when this
 * starter is on the compile class path); Boot's component scan finds it with the rest of the
 * application.
 *
 * <p>The rule: for each bean {@code x} that implements {@code Foo} (and is a candidate for
 * injection), a bean {@code xAsync} of type {@code FooAsync} wraps it, primary where {@code x} is
 * primary, with the type arguments of {@code x}'s {@code Foo}. So with one {@code Foo} bean, {@code
 * FooAsync} is injected by type; with two, inject it by name, or mark one of the two {@code Foo}
 * beans {@code @Primary}, as for {@code Foo} itself. The facades' calls run on the {@link
 * AsyncifyExecutor} bean.
 *
 * <p>When {@code Files extends Lines} and both are {@code @Async}, a {@code Files} bean gets one
 * facade bean, of type {@code FilesAsync}, which is a {@code LinesAsync} too.
 *
 * <p>Beans are found by the types Spring predicts from their definitions, without creating them and
 * without reading classes: no scanning, no reflection.
 */
public final class FacadeBeans implements BeanFactoryPostProcessor {

  /** Makes a facade of a delegate bean; written by the processor for each facade. */
  @FunctionalInterface
  public interface Factory {
    /**
     * A facade of {@code delegate} whose calls run on {@code executor}.
     *
     * @param delegate the bean that implements the source interface
     * @param executor where the calls run
     * @return the facade
     */
    Object create(Object delegate, Executor executor);
  }

  /** The attribute that marks a facade bean's definition with its delegate's name. */
  private static final String FACADE_OF = FacadeBeans.class.getName() + ".facadeOf";

  private final Class<?> source;
  private final Class<?> facade;
  private final Factory factory;

  /**
   * Facade beans of type {@code facade} for the beans of type {@code source}.
   *
   * @param source the {@code @Async} interface
   * @param facade its facade
   * @param factory makes a facade of a bean
   */
  public FacadeBeans(Class<?> source, Class<?> facade, Factory factory) {
    this.source = Objects.requireNonNull(source, "source");
    this.facade = Objects.requireNonNull(facade, "facade");
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) throws BeansException {
    if (!(beans instanceof BeanDefinitionRegistry registry)) {
      throw new IllegalStateException(
          "asyncify cannot register the beans of "
              + facade.getName()
              + ": "
              + beans
              + " does not take bean definitions");
    }
    for (String delegate : beans.getBeanNamesForType(source, true, false)) {
      if (beans.containsBeanDefinition(delegate)
          && !beans.getBeanDefinition(delegate).isAutowireCandidate()) {
        continue; // the target behind a scoped proxy, say: its proxy gets the facade
      }
      String name = delegate + "Async";
      if (beans.containsBean(name)) {
        Class<?> registered = facadeRegisteredAs(registry, name, delegate);
        if (registered != null && facade.isAssignableFrom(registered)) {
          continue; // the facade of an interface that extends ours: it is ours too
        }
        if (registered == null || !registered.isAssignableFrom(facade)) {
          throw new IllegalStateException(
              "asyncify cannot register the facade of bean '"
                  + delegate
                  + "' as '"
                  + name
                  + "' ("
                  + facade.getName()
                  + "): a bean of that name exists. Rename one of"
                  + " them");
        }
        registry.removeBeanDefinition(name); // a parent's facade: ours extends it
      }
      registry.registerBeanDefinition(name, definition(beans, delegate));
    }
  }

  /**
   * The facade type of bean {@code name} if another FacadeBeans registered it for {@code delegate},
   * else null.
   */
  private static @Nullable Class<?> facadeRegisteredAs(
      BeanDefinitionRegistry registry, String name, String delegate) {
    if (!registry.containsBeanDefinition(name)) {
      return null;
    }
    BeanDefinition existing = registry.getBeanDefinition(name);
    return existing instanceof RootBeanDefinition root
            && delegate.equals(existing.getAttribute(FACADE_OF))
        ? root.getTargetType()
        : null;
  }

  private RootBeanDefinition definition(ConfigurableListableBeanFactory beans, String delegate) {
    RootBeanDefinition definition = new RootBeanDefinition();
    definition.setAttribute(FACADE_OF, delegate);
    definition.setTargetType(facadeType(beans, delegate));
    definition.setInstanceSupplier(
        () ->
            factory.create(
                beans.getBean(delegate), beans.getBean(AsyncifyExecutor.class).executor()));
    definition.setDependsOn(delegate);
    if (beans.containsBeanDefinition(delegate)) {
      BeanDefinition delegateDefinition = beans.getBeanDefinition(delegate);
      definition.setPrimary(delegateDefinition.isPrimary());
      definition.setLazyInit(delegateDefinition.isLazyInit());
    }
    definition.setDescription("asyncify facade of bean '" + delegate + "'");
    return definition;
  }

  /**
   * {@code FooAsync}, or {@code RepoAsync<User, Long>} for a bean that is a {@code Repo<User,
   * Long>}.
   */
  private ResolvableType facadeType(ConfigurableListableBeanFactory beans, String delegate) {
    if (facade.getTypeParameters().length == 0 || !beans.containsBeanDefinition(delegate)) {
      return ResolvableType.forClass(facade);
    }
    ResolvableType delegateType =
        beans.getMergedBeanDefinition(delegate).getResolvableType().as(source);
    return delegateType.hasUnresolvableGenerics()
        ? ResolvableType.forClass(facade)
        : ResolvableType.forClassWithGenerics(facade, delegateType.getGenerics());
  }
}
