package org.linli.integration.throttle.domain;

import java.time.Duration;

/**
 * The agreed rate of one gateway for one tenant: {@code perMinute} requests a minute, evenly spaced
 * ({@link #interval()}), of which {@code burst} may come at once. {@link #UNLIMITED} admits all.
 */
public record GatewayRate(int perMinute, int burst) {
  public static final GatewayRate UNLIMITED = new GatewayRate(0, 1);

  public GatewayRate {
    if (perMinute < 0 || perMinute > 60_000) {
      throw new IllegalArgumentException("perMinute out of 0..60000: " + perMinute);
    }
    if (burst < 1) {
      throw new IllegalArgumentException("burst must be at least 1: " + burst);
    }
  }

  public static GatewayRate perMinute(int perMinute) {
    return perMinute <= 0 ? UNLIMITED : new GatewayRate(perMinute, 1);
  }

  public boolean limited() {
    return perMinute > 0;
  }

  /** The spacing of two requests at this rate. */
  public Duration interval() {
    return Duration.ofNanos(Math.round(60e9 / perMinute));
  }

  /** How far ahead of now the schedule may run for a request still to be admitted at once. */
  public Duration burstTolerance() {
    return interval().multipliedBy(burst - 1L);
  }
}
