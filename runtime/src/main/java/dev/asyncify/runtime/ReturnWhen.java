package dev.asyncify.runtime;

/**
 * When {@link Tasks#wait(java.util.Collection, ReturnWhen)} returns: asyncio's {@code return_when}.
 */
public enum ReturnWhen {
  /** As soon as any stage completes, normally or not. */
  FIRST_COMPLETED,
  /** As soon as any stage fails or is cancelled; if none does, when all have completed. */
  FIRST_EXCEPTION,
  /** When every stage has completed. */
  ALL_COMPLETED
}
