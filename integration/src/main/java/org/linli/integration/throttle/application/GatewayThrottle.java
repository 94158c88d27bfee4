package org.linli.integration.throttle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.linli.integration.throttle.domain.Admission;
import org.linli.integration.throttle.domain.GatewayRate;
import org.linli.integration.throttle.infrastructure.RateSlotStore;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantSession;

/**
 * Admission through a gateway's agreed rate for one tenant, in a short transaction of its own (so
 * the rate row is locked only for the one step, never while a delivery runs), bound to that tenant.
 */
@ApplicationScoped
public class GatewayThrottle {
  @Inject TenantSession tenantSession;
  @Inject RateSlotStore slots;

  /**
   * An inbound request: admitted at once while the tenant is within its rate and burst, else
   * refused until the schedule has room again.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Admission admitNow(TenantId tenant, String gateway, GatewayRate rate) {
    tenantSession.bind(tenant);
    return slots.admit(gateway, rate.interval(), rate.burstTolerance());
  }

  /**
   * An outbound delivery: a slot at the rate's spacing, at most {@code maxWait} from now (the
   * sender waits until its start), else refused until one that near is free.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Admission reserve(TenantId tenant, String gateway, GatewayRate rate, Duration maxWait) {
    tenantSession.bind(tenant);
    return slots.admit(gateway, rate.interval(), maxWait);
  }
}
