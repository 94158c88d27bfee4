package org.linli.kernel.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The hashed content of one audit log record, {@code seq} counting from 1 per tenant.
 *
 * <p>{@code occurredAt} is truncated to microseconds here, before it is hashed or stored, because
 * PostgreSQL {@code timestamptz} keeps microseconds (and would round, not truncate, any nanos).
 * {@code entityType}, {@code entityId} and the digests may be null, e.g. for a login or when there
 * is no before/after state.
 */
public record AuditEntry(
    String tenantId,
    long seq,
    Instant occurredAt,
    String actor,
    String action,
    String entityType,
    String entityId,
    String beforeDigest,
    String afterDigest,
    String prevHash) {

  public AuditEntry {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(prevHash, "prevHash");
    if (seq < 1) {
      throw new IllegalArgumentException("seq must be >= 1 but was " + seq);
    }
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
  }
}
