package org.linli.fund.purchase.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.linli.kernel.error.DomainException;

/**
 * The provider's answer to an amendment (a contract version after the first): proposed by the
 * buyer, then accepted or refused once by the provider's org admin. Until accepted, the versions
 * before it apply; a refused version stays in the history and never applies.
 */
public record Amendment(
    String contractId,
    int version,
    AmendmentState state,
    String proposedBy,
    Instant proposedAt,
    String decidedBy,
    Instant decidedAt,
    String refusalReason) {

  public static final int MAX_REASON = 500;

  public static Amendment proposed(String contractId, int version, String by, Instant at) {
    return new Amendment(contractId, version, AmendmentState.PROPOSED, by, at, null, null, null);
  }

  /**
   * Accepted on {@code today}: only while the version has not started yet, so an acceptance never
   * reprices a day that was already served under the previous version.
   */
  public Amendment accepted(String by, Instant at, LocalDate today, LocalDate effectiveFrom) {
    requireProposed();
    if (today.isAfter(effectiveFrom)) {
      throw DomainException.conflict("AMENDMENT_EFFECTIVE_DATE_PASSED")
          .with(effectiveFrom.toString());
    }
    return new Amendment(
        contractId, version, AmendmentState.ACCEPTED, proposedBy, proposedAt, by, at, null);
  }

  public Amendment refused(String by, Instant at, String reason) {
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalidField("reason", "REASON_REQUIRED");
    }
    if (reason.length() > MAX_REASON) {
      throw DomainException.invalidField("reason", "REASON_TOO_LONG");
    }
    requireProposed();
    return new Amendment(
        contractId,
        version,
        AmendmentState.REFUSED,
        proposedBy,
        proposedAt,
        by,
        at,
        reason.strip());
  }

  /** Version 1 and accepted amendments apply from their effective date. */
  public static boolean inForce(int version, Amendment amendment) {
    return version == 1 || amendment == null || amendment.state == AmendmentState.ACCEPTED;
  }

  private void requireProposed() {
    if (state != AmendmentState.PROPOSED) {
      throw DomainException.conflict("AMENDMENT_NOT_PROPOSED").with(state.name());
    }
  }
}
