package org.linli.fund.disbursement.domain;

import java.time.Instant;
import java.util.UUID;

/** Money paid through the fast lane whose backfill was rejected: to be recovered. */
public record RecoveryItem(
    UUID id,
    UUID disbursementId,
    long amount,
    String reason,
    Status status,
    String openedBy,
    Instant openedAt) {
  public enum Status {
    OPEN,
    RECOVERED,
    WRITTEN_OFF
  }
}
