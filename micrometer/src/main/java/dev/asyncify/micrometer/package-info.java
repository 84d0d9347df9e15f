/**
 * The bridge from Micrometer's context-propagation to asyncify: {@link
 * dev.asyncify.micrometer.MicrometerContextCarrier}.
 */
@NullMarked
package dev.asyncify.micrometer;

import org.jspecify.annotations.NullMarked;
