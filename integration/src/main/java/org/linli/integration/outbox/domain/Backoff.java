package org.linli.integration.outbox.domain;

import java.time.Duration;

/** Exponential backoff: base, 2×base, 4×base ... capped. */
public record Backoff(Duration base, Duration cap, int maxAttempts) {
  /** The wait after the {@code attempts}-th failed attempt (1-based). */
  public Duration after(int attempts) {
    int shift = Math.min(Math.max(attempts - 1, 0), 30);
    Duration wait = base.multipliedBy(1L << shift);
    return wait.compareTo(cap) > 0 ? cap : wait;
  }

  /** Whether an event that failed {@code attempts} times goes to dead letters. */
  public boolean exhausted(int attempts) {
    return attempts >= maxAttempts;
  }
}
