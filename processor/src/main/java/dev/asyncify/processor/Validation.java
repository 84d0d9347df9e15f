package dev.asyncify.processor;

import java.util.List;

/** What validating one annotated element found: {@link FacadeValidator#validate}. */
sealed interface Validation {

  /**
   * Every facade the element asks for can be written.
   *
   * @param facades each facade with the methods it repeats, in the order the annotation names them
   */
  record Ready(List<ValidFacade> facades) implements Validation {
    public Ready {
      facades = List.copyOf(facades);
    }
  }

  /** A type the element mentions does not exist yet: another processor may write it later. */
  record Waiting() implements Validation {}

  /** Errors were reported; no facade of the element is written. */
  record Rejected() implements Validation {}

  /**
   * A facade that can be written.
   *
   * @param request the facade's source, name and site
   * @param members the methods it repeats
   * @param parents the facades it extends
   * @param policies the timeouts, retries and limits of its methods
   */
  record ValidFacade(
      FacadeRequest request,
      List<MethodCollector.Member> members,
      List<ParentFacade> parents,
      PolicyValidator.Policies policies) {
    public ValidFacade {
      members = List.copyOf(members);
      parents = List.copyOf(parents);
    }
  }
}
