/**
 * The annotations that ask the asyncify processor to write asynchronous facades: see {@link
 * dev.asyncify.Async}.
 */
@NullMarked
package dev.asyncify;

import org.jspecify.annotations.NullMarked;
