package dev.asyncify.spring.it.family;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** One bean that implements Files, and so Lines. */
@SpringBootApplication
public class FamilyApplication {
  @Bean
  Files files() {
    return new Files() {
      @Override
      public String line(int number) {
        return "line " + number;
      }

      @Override
      public long size(String name) {
        return name.length();
      }
    };
  }
}
