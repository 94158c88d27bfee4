package org.linli.integration.inbound.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A list received from civil-affairs, with what applying it did. */
public record InboundFile(
    String id,
    String source,
    String kind,
    String name,
    String checksum,
    LocalDate period,
    String status,
    int rowsTotal,
    int rowsApplied,
    int rowsRejected,
    int added,
    int changed,
    int ended,
    String error,
    Instant receivedAt,
    Instant finishedAt) {}
