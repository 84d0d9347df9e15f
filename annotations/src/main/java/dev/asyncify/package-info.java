/**
 * The annotations that ask the asyncify processor to write asynchronous facades: see {@link
 * dev.asyncify.Async}.
 */
package dev.asyncify;
