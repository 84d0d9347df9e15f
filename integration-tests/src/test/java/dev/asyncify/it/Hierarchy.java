package dev.asyncify.it;

import dev.asyncify.Async;
import java.io.IOException;
import java.util.List;

/** Interfaces whose facades follow their hierarchy, across files. */
final class Hierarchy {
  private Hierarchy() {}

  @Async
  interface Lines {
    String line(int number) throws IOException;
  }

  @Async(name = "FileStoreAsync")
  interface Files extends Lines {
    List<String> names();
  }

  @Async
  interface Repo<T, I> {
    T find(I id) throws IOException;
  }

  @Async
  interface UserRepo extends Repo<Services.User, Long> {}
}
