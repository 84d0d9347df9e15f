package dev.asyncify.spring.it.app;

import dev.asyncify.Async;

@Async
public interface Greeter {
  String greet(String name);

  /** What the call sees of its thread: its name, and what the test's TaskDecorator left there. */
  String threadSeen();

  /**
   * Whether the call runs on a virtual thread (Java 21 API, read reflectively: tests target 17).
   */
  boolean onVirtualThread() throws ReflectiveOperationException;
}
