package dev.asyncify.processor;

import com.palantir.javapoet.ClassName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@code @Timeout}, {@code @Retry} and {@code @Limit} ask of one facade method, checked.
 *
 * @param timeout the timeout of each attempt
 * @param attempts how many calls in all; 1 without {@code @Retry}
 * @param delay the wait before the second attempt
 * @param backoff what each wait is multiplied by for the next
 * @param retryOn the failures retried
 * @param abortOn the failures never retried
 * @param ownLimit the method's own {@code @Limit}
 * @param sharedLimit whether the method takes its permits from the interface's {@code @Limit}
 */
record MethodPolicy(
    Optional<Duration> timeout,
    int attempts,
    Duration delay,
    double backoff,
    List<ClassName> retryOn,
    List<ClassName> abortOn,
    OptionalInt ownLimit,
    boolean sharedLimit) {

  MethodPolicy {
    retryOn = List.copyOf(retryOn);
    abortOn = List.copyOf(abortOn);
  }

  /** Whether anything is asked: a method without a policy is written as without annotations. */
  boolean isPresent() {
    return timeout.isPresent() || attempts > 1 || ownLimit.isPresent() || sharedLimit;
  }
}
