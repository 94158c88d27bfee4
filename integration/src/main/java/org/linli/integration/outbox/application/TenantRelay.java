package org.linli.integration.outbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.linli.integration.outbox.domain.Backoff;
import org.linli.integration.outbox.domain.DeliveryOutcome;
import org.linli.integration.outbox.domain.OutboxEvent;
import org.linli.integration.outbox.infrastructure.FlowSettingsStore;
import org.linli.integration.outbox.infrastructure.OutboxStore;
import org.linli.integration.throttle.application.OutboundPacing;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantSession;

/**
 * One relay pass over one tenant's outbox, in one transaction bound to that tenant only: claims due
 * events (locked, SKIP LOCKED: another node passes them by), sends each, and records the outcome.
 * The row lock is held while sending, so no other node sends the same event at the same time; a
 * crash after the receiver accepted but before the commit sends the event again (at least once),
 * and the receiver drops the repeat by its event id.
 */
@ApplicationScoped
public class TenantRelay {
  private static final Logger LOG = Logger.getLogger(TenantRelay.class.getName());

  @Inject TenantSession tenantSession;
  @Inject OutboxStore outbox;
  @Inject IntegrationSettings settings;
  @Inject FlowSettingsStore flowSettings;
  @Inject OutboundPacing pacing;

  public record Pass(int delivered, int retried, int dead, long pending, long openDeadLetters) {}

  /**
   * Works up to {@code limit} due events of {@code tenant}; {@code relay} names the relay (node and
   * route) in the events it delivers.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Pass relay(TenantId tenant, int limit, EventSender sender, String relay) {
    tenantSession.bind(tenant);
    Backoff backoff = settings.backoff();
    int delivered = 0;
    int retried = 0;
    int dead = 0;
    Map<String, Optional<Integer>> ownRates = new HashMap<>();
    // Marked in one statement after the loop: the rows stay locked to the commit either way.
    Map<String, Instant> sent = new LinkedHashMap<>();
    for (OutboxEvent event : outbox.claimDue(limit)) {
      // The tenant's agreed rate at the receiving system's gateway, for every node together.
      Optional<Instant> later =
          pacing.awaitSlot(
              tenant,
              FlowCatalog.find(event.flow()).map(FlowCatalog.Flow::gateway).orElse(event.flow()),
              ownRates
                  .computeIfAbsent(
                      event.flow(),
                      f -> flowSettings.find(f).map(FlowSettingsStore.StoredSetting::ratePerMinute))
                  .orElse(null));
      if (later.isPresent()) {
        outbox.markRetryWithoutAttempt(event.id(), later.get());
        continue;
      }
      DeliveryOutcome outcome = deliver(sender, tenant, event);
      Instant now = Instant.now();
      switch (outcome.kind()) {
        case DELIVERED -> {
          sent.put(event.id(), now);
          delivered++;
        }
        case NOT_CONFIGURED -> {
          // Left pending and unlocked at the commit; looked at again after a pause.
          outbox.markRetryWithoutAttempt(
              event.id(), now.plus(settings.pollInterval().multipliedBy(10)));
        }
        case TRANSIENT -> {
          int attempts = event.attempts() + 1;
          if (backoff.exhausted(attempts)) {
            String letter = outbox.markDead(event, outcome.error(), now);
            LOG.warning(
                () ->
                    "Outbox event "
                        + event.id()
                        + " of "
                        + tenant.value()
                        + " dead after "
                        + attempts
                        + " attempts (dead letter "
                        + letter
                        + "): "
                        + outcome.error());
            dead++;
          } else {
            outbox.markRetry(event.id(), outcome.error(), now, now.plus(backoff.after(attempts)));
            retried++;
          }
        }
        case PERMANENT -> {
          String letter = outbox.markDead(event, outcome.error(), now);
          LOG.warning(
              () ->
                  "Outbox event "
                      + event.id()
                      + " of "
                      + tenant.value()
                      + " refused by the receiver (dead letter "
                      + letter
                      + "): "
                      + outcome.error());
          dead++;
        }
      }
    }
    outbox.markAllSent(sent, relay);
    long[] counts = outbox.pendingAndOpenDeadLetters();
    return new Pass(delivered, retried, dead, counts[0], counts[1]);
  }

  private static DeliveryOutcome deliver(EventSender sender, TenantId tenant, OutboxEvent event) {
    try {
      return sender.send(tenant.value(), event);
    } catch (RuntimeException e) {
      // A fault of ours (not the receiver's): counted as an attempt, so it ends in dead letters
      // instead of holding the tenant's relay back for ever.
      return DeliveryOutcome.transientFailure(
          DeliveryOutcome.clip(e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }
}
