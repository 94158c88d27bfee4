package org.linli.fund.disbursement.domain;

/** A request waits for approvals, is approved (ready to pay) or rejected, and is finally paid. */
public enum DisbursementStatus {
  PENDING_APPROVAL,
  APPROVED,
  REJECTED,
  PAID
}
