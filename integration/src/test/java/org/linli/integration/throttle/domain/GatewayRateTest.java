package org.linli.integration.throttle.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GatewayRateTest {
  @Test
  void theIntervalSpacesRequestsEvenlyAndTheBurstRunsAheadByAllButOne() {
    GatewayRate r = new GatewayRate(120, 5);
    assertEquals(Duration.ofMillis(500), r.interval());
    assertEquals(Duration.ofSeconds(2), r.burstTolerance());
    assertEquals(Duration.ZERO, GatewayRate.perMinute(120).burstTolerance());
    assertTrue(r.limited());
  }

  @Test
  void zeroOrLessIsUnlimitedAndNonsenseIsRefused() {
    assertFalse(GatewayRate.perMinute(0).limited());
    assertFalse(GatewayRate.perMinute(-3).limited());
    assertThrows(IllegalArgumentException.class, () -> new GatewayRate(60_001, 1));
    assertThrows(IllegalArgumentException.class, () -> new GatewayRate(60, 0));
  }

  @Test
  void retryAfterRoundsUpToWholeSecondsAndIsAtLeastOne() {
    Instant now = Instant.parse("2026-12-07T10:00:00Z");
    assertEquals(2, Admission.refusedUntil(now.plusMillis(1_001)).retryAfterSeconds(now));
    assertEquals(1, Admission.refusedUntil(now.plusMillis(1_000)).retryAfterSeconds(now));
    assertEquals(1, Admission.refusedUntil(now.minusMillis(5)).retryAfterSeconds(now));
  }
}
