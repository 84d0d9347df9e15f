package dev.asyncify.spring.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncify.spring.it.ambiguous.AmbiguousApplication;
import dev.asyncify.spring.it.family.FamilyApplication;
import dev.asyncify.spring.it.family.FilesAsync;
import dev.asyncify.spring.it.family.LinesAsync;
import dev.asyncify.spring.it.own.OwnExecutorApplication;
import dev.asyncify.spring.it.own.OwnExecutorApplication_WorkerAsync;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class StartupRulesTest {

  @Test
  void twoDelegatesWithoutAPrimaryMakeInjectionByTypeFailAtStartupNamingBothFacades() {
    Exception failure =
        assertThrows(Exception.class, () -> application(AmbiguousApplication.class).run().close());

    NoUniqueBeanDefinitionException cause =
        rootCause(failure, NoUniqueBeanDefinitionException.class);
    assertTrue(cause.getMessage().contains("sesMailerAsync"), cause.getMessage());
    assertTrue(cause.getMessage().contains("smtpMailerAsync"), cause.getMessage());
  }

  @Test
  void anAsyncifyExecutorBeanOfTheApplicationIsWhereCallsRun() {
    try (ConfigurableApplicationContext context = application(OwnExecutorApplication.class).run()) {
      OwnExecutorApplication_WorkerAsync worker =
          context.getBean(OwnExecutorApplication_WorkerAsync.class);

      assertEquals("report-pool", worker.thread().join());
    }
  }

  @Test
  void aBeanOfAChildInterfaceGetsOneFacadeBeanThatIsItsParentsFacadeToo() {
    try (ConfigurableApplicationContext context = application(FamilyApplication.class).run()) {
      assertEquals(List.of("filesAsync"), List.of(context.getBeanNamesForType(LinesAsync.class)));
      FilesAsync files = context.getBean(FilesAsync.class);

      assertSame(files, context.getBean(LinesAsync.class));
      assertEquals("line 3", files.line(3).join());
      assertEquals(5L, files.size("a.txt").join());
    }
  }

  private static SpringApplicationBuilder application(Class<?> main) {
    return new SpringApplicationBuilder(main).web(WebApplicationType.NONE).logStartupInfo(false);
  }

  private static <X extends Throwable> X rootCause(Throwable failure, Class<X> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    throw new AssertionError("no " + type.getName() + " in " + failure, failure);
  }
}
