package org.linli.fund.disbursement.domain;

/** The after-the-fact approval of a fast-lane payment (补办审批). */
public enum BackfillStatus {
  PENDING,
  APPROVED,
  REJECTED
}
