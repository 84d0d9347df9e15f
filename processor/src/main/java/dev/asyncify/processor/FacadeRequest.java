package dev.asyncify.processor;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.TypeElement;

/**
 * One facade to write, validated: for {@code @Async}, the annotated interface itself; for
 * {@code @AsyncOf}, each listed interface.
 *
 * @param source the interface the facade wraps
 * @param name the facade's name
 * @param site where messages about this facade belong; its element is the generated file's
 *     originating element
 */
record FacadeRequest(TypeElement source, ClassName name, Site site) {

  /** Whether the source is the annotated element, so that its methods have source positions. */
  boolean sourceIsAnnotated() {
    return site.element().equals(source);
  }
}
