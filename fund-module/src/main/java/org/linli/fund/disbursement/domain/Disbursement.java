package org.linli.fund.disbursement.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.linli.kernel.error.DomainException;

/**
 * A disbursement: a request to pay a beneficiary from a fund. Standard lane: pending until enough
 * distinct approvers (never the requester) approve, then paid once. Fast lane: paid at once by the
 * caseworker, with a backfill approval due within some working days. Rejections keep their reason.
 */
public final class Disbursement {
  /** 先行救助: paid within 24 hours of the request. */
  public static final Duration FAST_PAYMENT_TARGET = Duration.ofHours(24);

  private final UUID id;
  private final Lane lane;
  private final UUID fundId;
  private final Beneficiary beneficiary;
  private final String purpose;
  private final String cause;
  private final long amount;
  private final List<String> evidence;
  private final int requiredApprovals;
  private final String requestedBy;
  private final String requestedByName;
  private final Instant requestedAt;
  private final Instant createdAt;
  private final List<Approval> approvals;
  private DisbursementStatus status;
  private Rejection rejection;
  private Payment payment;
  private Backfill backfill;

  public record Rejection(String by, String reason, Instant at) {}

  public record Payment(
      String by,
      Instant at,
      LocalDate paidOn,
      String bankReference,
      UUID voucherId,
      String number) {}

  public record Backfill(
      BackfillStatus status,
      LocalDate due,
      boolean dueEstimated,
      String by,
      Instant at,
      String reason,
      Instant escalatedAt) {
    /** Done on or before the due date (a pending one not yet late counts as not met). */
    public boolean metDeadline() {
      return status != BackfillStatus.PENDING
          && !at.atZone(org.linli.kernel.time.ChinaTime.ZONE).toLocalDate().isAfter(due);
    }
  }

  public Disbursement(
      UUID id,
      Lane lane,
      UUID fundId,
      Beneficiary beneficiary,
      String purpose,
      String cause,
      long amount,
      List<String> evidence,
      int requiredApprovals,
      String requestedBy,
      String requestedByName,
      Instant requestedAt,
      Instant createdAt,
      List<Approval> approvals,
      DisbursementStatus status,
      Rejection rejection,
      Payment payment,
      Backfill backfill) {
    this.id = id;
    this.lane = lane;
    this.fundId = fundId;
    this.beneficiary = beneficiary;
    this.purpose = purpose;
    this.cause = cause;
    this.amount = amount;
    this.evidence = List.copyOf(evidence);
    this.requiredApprovals = requiredApprovals;
    this.requestedBy = requestedBy;
    this.requestedByName = requestedByName;
    this.requestedAt = requestedAt;
    this.createdAt = createdAt;
    this.approvals = new ArrayList<>(approvals);
    this.status = status;
    this.rejection = rejection;
    this.payment = payment;
    this.backfill = backfill;
  }

  /** A standard-lane request, waiting for {@code requiredApprovals} approvers. */
  public static Disbursement request(
      UUID id,
      UUID fundId,
      Beneficiary beneficiary,
      String purpose,
      long amount,
      List<String> evidence,
      int requiredApprovals,
      String requestedBy,
      String requestedByName,
      Instant now) {
    requirePositive(amount);
    return new Disbursement(
        id,
        Lane.STANDARD,
        fundId,
        beneficiary,
        purpose,
        null,
        amount,
        evidence,
        requiredApprovals,
        requestedBy,
        requestedByName,
        now,
        now,
        List.of(),
        DisbursementStatus.PENDING_APPROVAL,
        null,
        null,
        null);
  }

  /**
   * A fast-lane case: requested at {@code requestedAt} (when the need was reported, not after now)
   * and paid now; the backfill approval is due on {@code backfillDue}.
   */
  public static Disbursement fastPayment(
      UUID id,
      UUID fundId,
      Beneficiary beneficiary,
      String purpose,
      String cause,
      long amount,
      List<String> evidence,
      String caseworker,
      String caseworkerName,
      Instant requestedAt,
      Payment payment,
      LocalDate backfillDue,
      boolean dueEstimated) {
    requirePositive(amount);
    if (requestedAt.isAfter(payment.at())) {
      throw DomainException.invalidField("requestedAt", "FAST_LANE_REQUESTED_IN_FUTURE");
    }
    return new Disbursement(
        id,
        Lane.FAST,
        fundId,
        beneficiary,
        purpose,
        cause,
        amount,
        evidence,
        1,
        caseworker,
        caseworkerName,
        requestedAt,
        payment.at(),
        List.of(),
        DisbursementStatus.PAID,
        null,
        payment,
        new Backfill(BackfillStatus.PENDING, backfillDue, dueEstimated, null, null, null, null));
  }

  private static void requirePositive(long amount) {
    if (amount <= 0) {
      throw DomainException.invalidField("amount", "INVALID_AMOUNT");
    }
  }

  /**
   * Records one approval; the request is approved when enough distinct people have approved. The
   * requester never approves their own request.
   */
  public Approval approve(String approverId, String approverName, Instant now) {
    if (status != DisbursementStatus.PENDING_APPROVAL) {
      throw DomainException.conflict("DISBURSEMENT_NOT_PENDING_APPROVAL").with(status.name());
    }
    if (approverId.equals(requestedBy)) {
      throw DomainException.rule("DISBURSEMENT_SELF_APPROVAL");
    }
    if (approvals.stream().anyMatch(a -> a.approverId().equals(approverId))) {
      throw DomainException.conflict("DISBURSEMENT_ALREADY_APPROVED_BY_YOU");
    }
    Approval approval = new Approval(approverId, approverName, now);
    approvals.add(approval);
    if (approvals.size() >= requiredApprovals) {
      status = DisbursementStatus.APPROVED;
    }
    return approval;
  }

  public void reject(String by, String reason, Instant now) {
    if (status != DisbursementStatus.PENDING_APPROVAL && status != DisbursementStatus.APPROVED) {
      throw DomainException.conflict("DISBURSEMENT_NOT_OPEN").with(status.name());
    }
    if (by.equals(requestedBy)) {
      throw DomainException.rule("DISBURSEMENT_SELF_APPROVAL");
    }
    rejection = new Rejection(by, reason, now);
    status = DisbursementStatus.REJECTED;
  }

  /** Records the payment of an approved request (once). */
  public void pay(Payment p) {
    if (status != DisbursementStatus.APPROVED) {
      throw DomainException.conflict("DISBURSEMENT_NOT_APPROVED").with(status.name());
    }
    payment = p;
    status = DisbursementStatus.PAID;
  }

  /** Completes a fast-lane case's paperwork: approved, or rejected with a reason. */
  public void completeBackfill(
      String by, String approverId, boolean approved, String reason, Instant now) {
    if (lane != Lane.FAST) {
      throw DomainException.conflict("DISBURSEMENT_NOT_FAST_LANE");
    }
    if (backfill.status() != BackfillStatus.PENDING) {
      throw DomainException.conflict("BACKFILL_ALREADY_DONE").with(backfill.status().name());
    }
    if (approverId.equals(requestedBy)) {
      throw DomainException.rule("DISBURSEMENT_SELF_APPROVAL");
    }
    backfill =
        new Backfill(
            approved ? BackfillStatus.APPROVED : BackfillStatus.REJECTED,
            backfill.due(),
            backfill.dueEstimated(),
            by,
            now,
            reason,
            backfill.escalatedAt());
  }

  /** Overdue: the backfill is still pending after its due date. */
  public boolean backfillOverdue(LocalDate today) {
    return backfill != null
        && backfill.status() == BackfillStatus.PENDING
        && today.isAfter(backfill.due());
  }

  /** Paid within 24 hours of the request (fast lane's first target). */
  public boolean paidWithin24h() {
    return payment != null
        && !(Duration.between(requestedAt, payment.at()).compareTo(FAST_PAYMENT_TARGET) > 0);
  }

  public UUID id() {
    return id;
  }

  public Lane lane() {
    return lane;
  }

  public UUID fundId() {
    return fundId;
  }

  public Beneficiary beneficiary() {
    return beneficiary;
  }

  public String purpose() {
    return purpose;
  }

  public String cause() {
    return cause;
  }

  public long amount() {
    return amount;
  }

  public List<String> evidence() {
    return evidence;
  }

  public int requiredApprovals() {
    return requiredApprovals;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public String requestedByName() {
    return requestedByName;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public List<Approval> approvals() {
    return List.copyOf(approvals);
  }

  public DisbursementStatus status() {
    return status;
  }

  public Rejection rejection() {
    return rejection;
  }

  public Payment payment() {
    return payment;
  }

  public Backfill backfill() {
    return backfill;
  }
}
