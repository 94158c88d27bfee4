package org.linli.integration.outbox.domain;

import java.time.Instant;

/** An event that failed for good, as staff see it. */
public record DeadLetter(
    String id,
    String eventId,
    String flow,
    String aggregateId,
    String payload,
    String lastError,
    int attempts,
    Instant firstAttemptAt,
    Instant lastAttemptAt,
    String status,
    String resolvedBy,
    Instant resolvedAt,
    String discardReason,
    Instant createdAt) {}
