package dev.asyncify.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * What a user would write without a processor: a {@link Proxy} that implements the async interface
 * and calls the blocking one reflectively, through supplyAsync.
 */
final class ReflectiveFacade {

  private ReflectiveFacade() {}

  static <A> A of(Class<A> asyncType, Class<?> blockingType, Object delegate, Executor executor) {
    Map<Method, Method> targets = new HashMap<>();
    for (Method method : asyncType.getMethods()) {
      if (!method.isDefault() && !java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
        try {
          targets.put(method, blockingType.getMethod(method.getName(), method.getParameterTypes()));
        } catch (NoSuchMethodException e) {
          throw new IllegalArgumentException(e);
        }
      }
    }
    return asyncType.cast(
        Proxy.newProxyInstance(
            asyncType.getClassLoader(),
            new Class<?>[] {asyncType},
            (proxy, method, args) -> {
              Method target = targets.get(method);
              return CompletableFuture.supplyAsync(
                  () -> {
                    try {
                      return target.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                      throw new CompletionException(e.getCause());
                    } catch (IllegalAccessException e) {
                      throw new IllegalStateException(e);
                    }
                  },
                  executor);
            }));
  }
}
