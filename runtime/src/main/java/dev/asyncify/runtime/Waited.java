package dev.asyncify.runtime;

import java.util.List;

/**
 * What {@link Tasks#wait(java.util.Collection, ReturnWhen)} found: the stages that had completed
 * and those still pending, each list in the order the stages were given.
 *
 * @param done the stages that completed, normally or not
 * @param pending the stages still running
 * @param <F> the type of the stages, as the caller gave them
 */
public record Waited<F>(List<F> done, List<F> pending) {

  /**
   * Makes the result; both lists are copied.
   *
   * @param done the completed stages
   * @param pending the stages still running
   */
  public Waited {
    done = List.copyOf(done);
    pending = List.copyOf(pending);
  }
}
