package dev.asyncify.spring.it.family;

import dev.asyncify.Async;

@Async
public interface Lines {
  String line(int number);
}
