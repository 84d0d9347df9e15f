package dev.asyncify.spring.it.ambiguous;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/** Two Mailer beans, neither primary, and a component that wants "the" MailerAsync. */
@SpringBootApplication
public class AmbiguousApplication {

  @Bean
  Mailer smtpMailer() {
    return to -> {};
  }

  @Bean
  Mailer sesMailer() {
    return to -> {};
  }

  @Component
  static class Newsletter {
    @Autowired
    Newsletter(MailerAsync mailer) {}
  }
}
