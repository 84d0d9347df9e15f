package dev.asyncify.spring.it.app;

import dev.asyncify.Async;

/** No bean implements it: its configuration registers nothing, and the application starts. */
@Async
public interface Unimplemented {
  void run();
}
