package dev.asyncify.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a message about a facade belongs: the annotated element, the annotation, and the value
 * inside it at fault (the {@code name} of {@code @Async}, one class of {@code @AsyncOf}), if any.
 *
 * @param element the annotated element
 * @param annotation the annotation on it
 * @param value the narrowest value at fault, or null for the whole annotation
 */
record Site(Element element, AnnotationMirror annotation, AnnotationValue value) {}
