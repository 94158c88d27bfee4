package org.linli.fund.disbursement.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An organization's disbursement rules. Requests up to {@code singleApproverLimit} fen need one
 * approver, above it two distinct ones. The fast lane is set up when it names a fund with a
 * per-case cap and a yearly limit per person and cause; backfills are due after {@code
 * backfillWorkingDays} working days. Version 0 is the default an organization has before saving
 * any.
 */
public record DisbursementSettings(
    long version,
    long singleApproverLimit,
    UUID fastFundId,
    Long fastCaseCap,
    Long fastYearlyLimit,
    int backfillWorkingDays,
    String updatedBy,
    Instant updatedAt) {
  /** 2,000 元: the threshold the seeds name for one approver. */
  public static final long DEFAULT_SINGLE_APPROVER_LIMIT = 200_000;

  /** 急难型临时救助: paperwork completed within 5 working days. */
  public static final int DEFAULT_BACKFILL_WORKING_DAYS = 5;

  public static DisbursementSettings defaults() {
    return new DisbursementSettings(
        0,
        DEFAULT_SINGLE_APPROVER_LIMIT,
        null,
        null,
        null,
        DEFAULT_BACKFILL_WORKING_DAYS,
        null,
        null);
  }

  public int requiredApprovals(long amount) {
    return amount <= singleApproverLimit ? 1 : 2;
  }

  public boolean fastLaneOpen() {
    return fastFundId != null;
  }
}
