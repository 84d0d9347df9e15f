package dev.asyncify.it;

import dev.asyncify.AsyncOf;

/** Facades of JDK interfaces, written by {@code @AsyncOf} into this package. */
@AsyncOf({java.util.Map.class, java.util.List.class, java.util.Map.Entry.class})
final class JdkFacades {
  private JdkFacades() {}
}
