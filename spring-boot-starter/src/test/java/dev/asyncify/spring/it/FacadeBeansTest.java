package dev.asyncify.spring.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncify.spring.AsyncifyExecutor;
import dev.asyncify.spring.it.app.ClockAsync;
import dev.asyncify.spring.it.app.GreeterAsync;
import dev.asyncify.spring.it.app.RepoAsync;
import dev.asyncify.spring.it.app.TestApplication;
import dev.asyncify.spring.it.app.UnimplementedAsync;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

@SpringBootTest(classes = TestApplication.class)
class FacadeBeansTest {

  @Autowired GreeterAsync greeter;
  @Autowired RepoAsync<String, Long> users;
  @Autowired RepoAsync<Integer, String> lengths;
  @Autowired ClockAsync primaryClock;

  @Autowired
  @Qualifier("parisClockAsync")
  ClockAsync parisClock;

  @Autowired AsyncifyExecutor asyncifyExecutor;

  @Autowired
  @Qualifier("applicationTaskExecutor")
  Executor applicationTaskExecutor;

  @Autowired ApplicationContext context;

  @Test
  void aFacadeOfTheOnlyBeanOfAnInterfaceIsInjectedByType() {
    assertEquals("hello ada (requestId null)", greeter.greet("ada").join());
  }

  @Test
  void facadeBeansAreNamedAfterTheirDelegates() {
    assertEquals(List.of("greeterAsync"), List.of(context.getBeanNamesForType(GreeterAsync.class)));
    assertEquals(
        List.of("parisClockAsync", "utcClockAsync"),
        List.of(context.getBeanNamesForType(ClockAsync.class)).stream().sorted().toList());
  }

  @Test
  void aGenericInterfaceGetsAFacadeOfEachBeanWithItsTypeArguments() {
    assertEquals("ada", users.find(1L).join());
    assertEquals(5, lengths.find("hello").join());
  }

  @Test
  void thePrimaryDelegatesFacadeIsPrimaryAndTheOthersAreThereByName() {
    assertEquals("UTC", primaryClock.zone().join());
    assertEquals("Europe/Paris", parisClock.zone().join());
  }

  @Test
  void anInterfaceThatNoBeanImplementsGetsNoFacadeBean() {
    assertEquals(0, context.getBeanNamesForType(UnimplementedAsync.class).length);
  }

  @Test
  void callsRunOnBootsApplicationTaskExecutorThroughTheUsersTaskDecorator() {
    assertSame(applicationTaskExecutor, asyncifyExecutor.executor());

    String seen = greeter.threadSeen().join();

    assertTrue(seen.startsWith("task-"), seen);
    assertTrue(seen.endsWith(" decorated=yes"), seen);
  }

  @Test
  void anMdcValueFollowsTheCallThroughMicrometerContextPropagation() {
    Slf4jThreadLocalAccessor accessor = new Slf4jThreadLocalAccessor("requestId");
    ContextRegistry.getInstance().registerThreadLocalAccessor(accessor);
    MDC.put("requestId", "r-7");
    try {
      assertEquals("hello ada (requestId r-7)", greeter.greet("ada").join());
    } finally {
      MDC.remove("requestId");
      ContextRegistry.getInstance().removeThreadLocalAccessor(accessor.key().toString());
    }
  }
}
