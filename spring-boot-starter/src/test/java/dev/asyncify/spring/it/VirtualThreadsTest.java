package dev.asyncify.spring.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asyncify.spring.it.app.GreeterAsync;
import dev.asyncify.spring.it.app.TestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Boot's virtual-thread switch reaches facade calls through applicationTaskExecutor. */
@SpringBootTest(classes = TestApplication.class, properties = "spring.threads.virtual.enabled=true")
class VirtualThreadsTest {

  @Autowired GreeterAsync greeter;

  @Test
  void callsRunOnVirtualThreadsWhenBootIsToldToUseThem() {
    assumeTrue(Runtime.version().feature() >= 21, "virtual threads need Java 21");

    assertEquals(true, greeter.onVirtualThread().join());
  }
}
