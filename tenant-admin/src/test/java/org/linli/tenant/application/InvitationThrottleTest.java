package org.linli.tenant.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.linli.kernel.tenancy.TenantId;

class InvitationThrottleTest {
  private final TenantId org = TenantId.of("sunshine-sw");
  private final TenantId other = TenantId.of("heart-assoc");

  private InvitationThrottle throttle(Duration interval) {
    InvitationThrottle throttle = new InvitationThrottle();
    throttle.interval = interval;
    return throttle;
  }

  @Test
  void theFirstEmailMayGoAtOnce() {
    assertEquals(Optional.empty(), throttle(Duration.ofMinutes(1)).waitBeforeNext(org, "p1"));
  }

  @Test
  void theNextWaitsForTheIntervalInWholeSecondsRoundedUp() {
    InvitationThrottle throttle = throttle(Duration.ofMinutes(1));
    throttle.sent(org, "p1");
    Duration wait = throttle.waitBeforeNext(org, "p1").orElseThrow();
    assertTrue(wait.toSeconds() >= 59 && wait.toSeconds() <= 60, wait::toString);
    assertEquals(0, wait.toNanosPart(), "never 'try again in 0 s'");
  }

  @Test
  void eachPersonAndOrganizationCountsAlone() {
    InvitationThrottle throttle = throttle(Duration.ofMinutes(1));
    throttle.sent(org, "p1");
    assertEquals(Optional.empty(), throttle.waitBeforeNext(org, "p2"));
    assertEquals(Optional.empty(), throttle.waitBeforeNext(other, "p1"));
  }

  @Test
  void noIntervalNeverHoldsBack() {
    InvitationThrottle throttle = throttle(Duration.ZERO);
    throttle.sent(org, "p1");
    assertEquals(Optional.empty(), throttle.waitBeforeNext(org, "p1"));
  }
}
