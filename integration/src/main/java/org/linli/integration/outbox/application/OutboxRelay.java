package org.linli.integration.outbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.linli.integration.outbox.infrastructure.PlatformOutbox;
import org.linli.kernel.tenancy.TenantId;

/**
 * One relay pass (called by the Camel route {@code outbox-relay}): the tenants with due events,
 * each worked in transactions of its own ({@link TenantRelay}); one tenant failing does not stop
 * the others. Never two tenants in one transaction.
 */
@ApplicationScoped
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
  private static final int TENANTS_PER_PASS = 200;
  private static final int EVENTS_PER_TRANSACTION = 20;

  @Inject PlatformOutbox platform;
  @Inject TenantRelay tenantRelay;
  @Inject IntegrationSettings settings;

  private volatile EventSender sender;

  /** Set by the Camel runtime once its context runs. */
  public void useSender(EventSender sender) {
    this.sender = sender;
  }

  /**
   * Works the due events as relay {@code relay} (node and route; several may run at once, on one
   * node or several, and share the work through row locks); returns a one-line summary for the log,
   * or "" when nothing moved.
   */
  public String relayDue(String relay) {
    EventSender current = sender;
    if (current == null || !settings.relayEnabled()) {
      return "";
    }
    List<String> moved = new ArrayList<>();
    for (String tenant : platform.dueTenants(TENANTS_PER_PASS)) {
      try {
        TenantRelay.Pass pass;
        do {
          pass = tenantRelay.relay(TenantId.of(tenant), EVENTS_PER_TRANSACTION, current, relay);
          if (pass.delivered() + pass.retried() + pass.dead() > 0) {
            moved.add(
                tenant
                    + ": "
                    + pass.delivered()
                    + " delivered, "
                    + pass.retried()
                    + " to retry, "
                    + pass.dead()
                    + " dead, "
                    + pass.pending()
                    + " pending");
          }
        } while (pass.delivered() == EVENTS_PER_TRANSACTION);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Outbox relay failed for " + tenant + "; the next pass retries", e);
      }
    }
    return moved.isEmpty() ? "" : "outbox relay: " + String.join("; ", moved);
  }
}
