/**
 * The asyncify runtime: {@link dev.asyncify.runtime.Tasks} spawns blocking calls, gathers them and
 * awaits them. Generated facades call it; it has no dependencies.
 */
@NullMarked
package dev.asyncify.runtime;

import org.jspecify.annotations.NullMarked;
