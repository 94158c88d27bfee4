package org.linli.fund.purchase.domain;

import java.time.Instant;

/**
 * One entry of a sampled order's check history. Entries are never changed: a later finding is a new
 * entry (seq + 1) with the reason for the change; the latest entry is the order's result.
 */
public record SampleCheck(
    String sampleId,
    String orderId,
    int seq,
    String contractId,
    CheckResult result,
    String note,
    String reason,
    String rectificationId,
    String checkedBy,
    String checkedActor,
    Instant checkedAt) {}
