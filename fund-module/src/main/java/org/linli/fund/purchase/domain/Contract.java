package org.linli.fund.purchase.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.linli.kernel.error.DomainException;

/**
 * One side's copy of a contract (the header; versions and items beside it). Status changes are
 * checked here; the copies follow each other through the peer functions.
 */
public record Contract(
    String id,
    Side side,
    String buyerOrg,
    String providerOrg,
    String buyerName,
    String providerName,
    String number,
    String title,
    String budgetLine,
    ContractTerm term,
    long totalAmount,
    String settlementMethod,
    String performanceTargets,
    ContractStatus status,
    int currentVersion,
    boolean published,
    String createdBy,
    Instant createdAt,
    Instant proposedAt,
    String decidedBy,
    Instant decidedAt,
    String declineReason,
    String terminatedBy,
    Instant terminatedAt,
    LocalDate terminatedOn,
    String terminationReason) {

  public static final String MONTHLY_BY_UNITS = "MONTHLY_BY_UNITS";

  public String counterparty() {
    return side == Side.BUYER ? providerOrg : buyerOrg;
  }

  public void requireSide(Side expected) {
    if (side != expected) {
      throw DomainException.rule(
          expected == Side.BUYER ? "CONTRACT_BUYER_ONLY" : "CONTRACT_PROVIDER_ONLY");
    }
  }

  public void requireStatus(ContractStatus expected) {
    if (status != expected) {
      throw DomainException.conflict("CONTRACT_STATUS_CONFLICT").with(status.name());
    }
  }

  public Contract proposed(Instant at) {
    requireSide(Side.BUYER);
    requireStatus(ContractStatus.DRAFT);
    return with(ContractStatus.PROPOSED, at, null, null, null, null, null, null, null);
  }

  public Contract decided(boolean accept, String by, Instant at, String reason) {
    requireSide(Side.PROVIDER);
    requireStatus(ContractStatus.PROPOSED);
    if (!accept && (reason == null || reason.isBlank())) {
      throw DomainException.invalidField("reason", "REASON_REQUIRED");
    }
    return with(
        accept ? ContractStatus.ACTIVE : ContractStatus.DECLINED,
        proposedAt,
        by,
        at,
        accept ? null : reason,
        null,
        null,
        null,
        null);
  }

  public Contract terminated(String by, Instant at, LocalDate on, String reason) {
    requireSide(Side.BUYER);
    if (status != ContractStatus.ACTIVE && status != ContractStatus.PROPOSED) {
      throw DomainException.conflict("CONTRACT_STATUS_CONFLICT").with(status.name());
    }
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalidField("reason", "REASON_REQUIRED");
    }
    if (on == null || on.isBefore(term.start())) {
      throw DomainException.invalidField("terminatedOn", "INVALID_TERMINATION_DATE");
    }
    return with(
        ContractStatus.TERMINATED, proposedAt, decidedBy, decidedAt, null, by, at, on, reason);
  }

  /** A new version in force from {@code effectiveFrom}, within the (possibly longer) term. */
  public Contract amended(int version, LocalDate newEnd, long newTotal) {
    requireSide(Side.BUYER);
    requireStatus(ContractStatus.ACTIVE);
    return revised(
        new ContractTerm(term.start(), newEnd, term.recurring()), newTotal, version, published);
  }

  /** The provider's copy moves to an amendment its org admin accepted. */
  public Contract amendmentAccepted(ContractVersion v) {
    requireSide(Side.PROVIDER);
    requireStatus(ContractStatus.ACTIVE);
    return revised(
        new ContractTerm(term.start(), v.termEnd(), term.recurring()),
        v.totalAmount(),
        v.version(),
        published);
  }

  public Contract published(boolean value) {
    requireSide(Side.BUYER);
    if (status != ContractStatus.ACTIVE && status != ContractStatus.TERMINATED) {
      throw DomainException.conflict("CONTRACT_STATUS_CONFLICT").with(status.name());
    }
    return revised(term, totalAmount, currentVersion, value);
  }

  /** The same status and history with another term, total, version or publication. */
  private Contract revised(ContractTerm newTerm, long newTotal, int version, boolean isPublished) {
    return new Contract(
        id,
        side,
        buyerOrg,
        providerOrg,
        buyerName,
        providerName,
        number,
        title,
        budgetLine,
        newTerm,
        newTotal,
        settlementMethod,
        performanceTargets,
        status,
        version,
        isPublished,
        createdBy,
        createdAt,
        proposedAt,
        decidedBy,
        decidedAt,
        declineReason,
        terminatedBy,
        terminatedAt,
        terminatedOn,
        terminationReason);
  }

  private Contract with(
      ContractStatus s,
      Instant proposed,
      String decider,
      Instant decided,
      String decline,
      String terminator,
      Instant terminatedAtValue,
      LocalDate on,
      String reason) {
    return new Contract(
        id,
        side,
        buyerOrg,
        providerOrg,
        buyerName,
        providerName,
        number,
        title,
        budgetLine,
        term,
        totalAmount,
        settlementMethod,
        performanceTargets,
        s,
        currentVersion,
        published,
        createdBy,
        createdAt,
        proposed,
        decider,
        decided,
        decline,
        terminator,
        terminatedAtValue,
        on,
        reason);
  }
}
