package dev.asyncify.spring.it.app;

import dev.asyncify.Async;

@Async
public interface Repo<T, I> {
  T find(I id);
}
