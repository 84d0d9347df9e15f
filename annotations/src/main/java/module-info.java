/**
 * The annotations that ask the asyncify processor for facades: {@code @Async} and {@code @AsyncOf}.
 */
module dev.asyncify {
  exports dev.asyncify;
}
