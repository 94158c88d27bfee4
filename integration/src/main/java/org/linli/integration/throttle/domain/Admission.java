package org.linli.integration.throttle.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The answer of a gateway's rate to one request: admitted with the start of its slot (a sender
 * waits until then), or refused until {@code at} (then the schedule has room again).
 */
public record Admission(boolean admitted, Instant at) {
  public static Admission admittedAt(Instant slot) {
    return new Admission(true, slot);
  }

  public static Admission refusedUntil(Instant retryAt) {
    return new Admission(false, retryAt);
  }

  /** Whole seconds from {@code now} until {@link #at()}, at least 1 (a Retry-After value). */
  public long retryAfterSeconds(Instant now) {
    Duration wait = Duration.between(now, at);
    long seconds = (wait.toNanos() + 999_999_999L) / 1_000_000_000L;
    return Math.max(1, seconds);
  }
}
