package dev.asyncify.spring.it.app;

import dev.asyncify.Async;

@Async
public interface Greeter {
  String greet(String name);

  /** What the call sees of its thread: its name, and what the test's TaskDecorator left there. */
  String threadSeen();
}
