package org.linli.fund.disbursement.domain;

/** STANDARD: approved before payment. FAST: paid at once by a caseworker, approved afterwards. */
public enum Lane {
  STANDARD,
  FAST
}
