package org.linli.integration.throttle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.linli.integration.throttle.domain.Admission;
import org.linli.integration.throttle.domain.GatewayRate;
import org.linli.kernel.tenancy.TenantId;

/**
 * Paces the relay's deliveries to a receiving system's gateway at the tenant's agreed rate, across
 * every node (the slot is reserved in the database): waits until the delivery's slot when it is at
 * most the maximum wait away, else says when to look at the event again.
 */
@ApplicationScoped
public class OutboundPacing {
  @Inject ThrottleSettings settings;
  @Inject GatewayThrottle throttle;

  /**
   * Empty when the delivery may go now (after waiting for its slot); else the time to put the event
   * back until (nothing was sent, no attempt is counted).
   */
  public Optional<Instant> awaitSlot(TenantId tenant, String gateway, Integer ownPerMinute) {
    GatewayRate rate = settings.outbound(tenant.value(), gateway, ownPerMinute);
    if (!rate.limited()) {
      return Optional.empty();
    }
    Admission admission = throttle.reserve(tenant, gateway, rate, settings.outboundMaxWait());
    if (!admission.admitted()) {
      return Optional.of(admission.at());
    }
    Duration wait = Duration.between(Instant.now(), admission.at());
    if (!wait.isNegative() && !wait.isZero()) {
      try {
        Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
      } catch (InterruptedException e) {
        // Stopping: the slot is lost (the rate only gets slower), the event goes out next time.
        Thread.currentThread().interrupt();
        return Optional.of(admission.at());
      }
    }
    return Optional.empty();
  }
}
