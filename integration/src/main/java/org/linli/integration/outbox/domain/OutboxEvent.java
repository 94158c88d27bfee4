package org.linli.integration.outbox.domain;

import java.time.Instant;

/** One event claimed from the outbox for sending (its row stays locked until the commit). */
public record OutboxEvent(
    String id,
    String flow,
    String aggregateId,
    String payload,
    int attempts,
    Instant createdAt,
    Instant firstAttemptAt) {}
