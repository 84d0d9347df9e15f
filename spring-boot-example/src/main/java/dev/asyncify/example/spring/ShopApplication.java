package dev.asyncify.example.spring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.event.EventListener;

/** A Spring Boot service whose facades come from asyncify's starter. */
@SpringBootApplication
public class ShopApplication {

  private static final Logger log = LoggerFactory.getLogger(ShopApplication.class);

  public static void main(String[] args) {
    SpringApplication.run(ShopApplication.class, args);
  }

  @EventListener
  void started(ServletWebServerInitializedEvent event) {
    log.info(
        "Try: curl -H 'X-Request-Id: r-1' http://localhost:{}/customers/1/summary",
        event.getWebServer().getPort());
  }
}
