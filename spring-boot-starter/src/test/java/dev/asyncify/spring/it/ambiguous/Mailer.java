package dev.asyncify.spring.it.ambiguous;

import dev.asyncify.Async;

@Async
public interface Mailer {
  void send(String to);
}
