package org.linli.integration.outbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.linli.integration.outbox.domain.DeadLetter;
import org.linli.integration.outbox.infrastructure.OutboxStore;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;

/**
 * Staff work on the organization's dead letters: list, inspect, replay (the same event goes out
 * again under its id, so the receiver still drops a repeat) or discard with a reason; both audited.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class DeadLetters {
  @Inject OutboxStore store;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;
  @Inject IntegrationSettings settings;

  public record FlowStatus(
      String flow, boolean configured, long pending, long sent, long openDeadLetters) {}

  public Page<DeadLetter> list(String status, PageRequest page) {
    var after = page.afterInstantAndId();
    return page.page(
        store.deadLetters(
            status,
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1),
        d -> PageRequest.key(d.createdAt(), d.id()));
  }

  public DeadLetter get(String id) {
    return store
        .deadLetter(id, false)
        .orElseThrow(() -> DomainException.notFound("DEAD_LETTER_NOT_FOUND"));
  }

  public DeadLetter replay(String id) {
    DeadLetter letter = open(id);
    if (letter.eventId() == null) {
      // An unreadable inbound file (V2): there is no event to send again.
      throw DomainException.conflict("DEAD_LETTER_NOT_REPLAYABLE");
    }
    store.replay(letter, requestContext.actor(), Instant.now());
    auditLog.record(
        "DEAD_LETTER_REPLAYED",
        "integration_dead_letter",
        letter.id(),
        "{\"status\":\"OPEN\"}",
        Json.createObjectBuilder()
            .add("status", "REPLAYED")
            .add("eventId", letter.eventId())
            .build()
            .toString());
    return get(id);
  }

  public DeadLetter discard(String id, String reason) {
    DeadLetter letter = open(id);
    store.discard(letter, requestContext.actor(), reason, Instant.now());
    auditLog.record(
        "DEAD_LETTER_DISCARDED",
        "integration_dead_letter",
        letter.id(),
        "{\"status\":\"OPEN\"}",
        Json.createObjectBuilder()
            .add("status", "DISCARDED")
            .add("reason", reason)
            .build()
            .toString());
    return get(id);
  }

  /** The flows of the organization with their backlog (no endpoint or credential is shown). */
  public FlowStatus status() {
    long[] counts = store.counts();
    return new FlowStatus(
        Flows.MZT061_SERVICE_RECORD,
        settings.mzt061Url(requestContext.tenant().value()).isPresent(),
        counts[0],
        counts[2],
        counts[1]);
  }

  private DeadLetter open(String id) {
    DeadLetter letter =
        store
            .deadLetter(id, true)
            .orElseThrow(() -> DomainException.notFound("DEAD_LETTER_NOT_FOUND"));
    if (!"OPEN".equals(letter.status())) {
      throw DomainException.conflict("DEAD_LETTER_NOT_OPEN").with(letter.status());
    }
    return letter;
  }
}
