package dev.asyncify.spring.it.family;

import dev.asyncify.Async;

/** Its facade extends LinesAsync: one facade bean serves both types. */
@Async
public interface Files extends Lines {
  long size(String name);
}
