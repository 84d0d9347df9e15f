package dev.asyncify.it;

import dev.asyncify.Async;
import dev.asyncify.Limit;
import dev.asyncify.Retry;
import dev.asyncify.Timeout;
import java.io.IOException;

/** A remote service with the policies a user would declare. */
@Async
@Limit(2)
interface Guarded {
  @Timeout("1s")
  @Retry(attempts = 3, delay = "200ms", backoff = 2, retryOn = IOException.class)
  String fetch(String key) throws IOException;

  int count();

  @Limit(1)
  void reload();
}
