package org.linli.volunteer.timebank.clearing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.linli.kernel.error.DomainException;

/**
 * One organization's side of a clearing agreement (a trust line) with a counterparty. Both sides
 * hold a row with the same id and limit: this organization's net payable to the counterparty (the
 * balance of its clearing account for it) may not exceed the limit.
 */
@Entity
@Table(name = "clearing_agreement")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class ClearingAgreement {
  /** A limit beyond any sensible trust line (and far from overflowing minutes). */
  public static final long MAX_LIMIT_MINUTES = 1_000_000 * 60L;

  @Id private String id;

  private String counterparty;

  @Column(name = "proposed_by")
  private String proposedBy;

  @Column(name = "limit_minutes")
  private long limitMinutes;

  @Enumerated(EnumType.STRING)
  private AgreementStatus status;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "suspended_at")
  private Instant suspendedAt;

  @Column(name = "suspended_by")
  private String suspendedBy;

  @Version private long version;

  protected ClearingAgreement() {}

  /** This organization ({@code self}) proposes a line to {@code counterparty}. */
  public static ClearingAgreement propose(
      String id, String self, String counterparty, long limitMinutes, Instant now) {
    if (self.equals(counterparty)) {
      throw DomainException.rule("COUNTERPARTY_IS_SELF");
    }
    if (limitMinutes <= 0 || limitMinutes > MAX_LIMIT_MINUTES) {
      throw DomainException.invalidField("limitHours", "INVALID_LIMIT")
          .withMessage("INVALID_LIMIT.CLEARING_HOURS");
    }
    ClearingAgreement a = new ClearingAgreement();
    a.id = id;
    a.counterparty = counterparty;
    a.proposedBy = self;
    a.limitMinutes = limitMinutes;
    a.status = AgreementStatus.PROPOSED;
    a.createdAt = now;
    return a;
  }

  /** The counterparty's proposal becomes active; the proposer cannot accept its own. */
  public void accept(String self, Instant now) {
    if (status != AgreementStatus.PROPOSED) {
      throw DomainException.conflict("AGREEMENT_NOT_PROPOSED");
    }
    if (proposedBy.equals(self)) {
      throw DomainException.rule("OWN_PROPOSAL");
    }
    status = AgreementStatus.ACTIVE;
    acceptedAt = now;
  }

  /** Either side stops new redemptions (a proposal may be withdrawn or refused the same way). */
  public void suspend(String self, Instant now) {
    if (status == AgreementStatus.SUSPENDED) {
      throw DomainException.conflict("AGREEMENT_SUSPENDED");
    }
    status = AgreementStatus.SUSPENDED;
    suspendedAt = now;
    suspendedBy = self;
  }

  /** New redemptions need an active line. */
  public void requireActive() {
    if (status != AgreementStatus.ACTIVE) {
      throw DomainException.rule("AGREEMENT_NOT_ACTIVE");
    }
  }

  public String id() {
    return id;
  }

  public String counterparty() {
    return counterparty;
  }

  public String proposedBy() {
    return proposedBy;
  }

  public long limitMinutes() {
    return limitMinutes;
  }

  public AgreementStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  public Instant suspendedAt() {
    return suspendedAt;
  }

  public String suspendedBy() {
    return suspendedBy;
  }
}
