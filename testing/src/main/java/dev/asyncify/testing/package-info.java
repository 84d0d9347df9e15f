/**
 * Test support for code built on asyncify: {@link dev.asyncify.testing.DirectExecutor} and {@link
 * dev.asyncify.testing.ManualExecutor} decide where and when tasks run; {@link
 * dev.asyncify.testing.VirtualScheduler} is a clock that moves only when the test says so.
 */
@NullMarked
package dev.asyncify.testing;

import org.jspecify.annotations.NullMarked;
