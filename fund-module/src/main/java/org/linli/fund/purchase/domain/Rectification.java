package org.linli.fund.purchase.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.linli.kernel.error.DomainException;

/**
 * 整改通知 on a sampled order, one side's copy: the buyer's request with a deadline, the provider's
 * answer (text and, optionally, the SHA-256 of an evidence photo), the buyer's closing finding.
 * {@code version} counts its changes so that a stale copy never overwrites a newer one.
 */
public record Rectification(
    String id,
    String contractId,
    String buyerOrg,
    String providerOrg,
    String sampleId,
    String orderId,
    YearMonth month,
    String request,
    LocalDate deadline,
    RectificationStatus status,
    String issuedBy,
    String issuedActor,
    Instant issuedAt,
    String answer,
    String evidenceSha256,
    String answeredBy,
    String answeredActor,
    Instant answeredAt,
    String closedBy,
    String closedActor,
    Instant closedAt,
    String closeNote,
    int version) {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** Open past its deadline, or answered after it. */
  public boolean late(LocalDate today) {
    if (answeredAt != null) {
      return answeredAt.atZone(CHINA).toLocalDate().isAfter(deadline);
    }
    return status == RectificationStatus.OPEN && today.isAfter(deadline);
  }

  public Rectification answered(
      String text, String sha256, String byId, String byActor, Instant at) {
    if (status != RectificationStatus.OPEN) {
      throw DomainException.conflict("RECTIFICATION_NOT_OPEN").with(status.name());
    }
    return new Rectification(
        id,
        contractId,
        buyerOrg,
        providerOrg,
        sampleId,
        orderId,
        month,
        request,
        deadline,
        RectificationStatus.ANSWERED,
        issuedBy,
        issuedActor,
        issuedAt,
        text,
        sha256,
        byId,
        byActor,
        at,
        null,
        null,
        null,
        null,
        version + 1);
  }

  /**
   * The buyer's finding. An answered request may pass or fail; an unanswered one only fails, and
   * only once its deadline has passed.
   */
  public Rectification closed(
      RectificationStatus outcome,
      String note,
      String byId,
      String byActor,
      Instant at,
      LocalDate today) {
    if (!outcome.closed()) {
      throw DomainException.invalidField("outcome", "INVALID_RECTIFICATION_OUTCOME");
    }
    if (status.closed()) {
      throw DomainException.conflict("RECTIFICATION_CLOSED").with(status.name());
    }
    if (status == RectificationStatus.OPEN
        && !(outcome == RectificationStatus.FAILED && today.isAfter(deadline))) {
      throw DomainException.conflict("RECTIFICATION_NOT_ANSWERED");
    }
    return new Rectification(
        id,
        contractId,
        buyerOrg,
        providerOrg,
        sampleId,
        orderId,
        month,
        request,
        deadline,
        outcome,
        issuedBy,
        issuedActor,
        issuedAt,
        answer,
        evidenceSha256,
        answeredBy,
        answeredActor,
        answeredAt,
        byId,
        byActor,
        at,
        note,
        version + 1);
  }
}
