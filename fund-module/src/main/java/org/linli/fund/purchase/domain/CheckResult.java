package org.linli.fund.purchase.domain;

/** The buyer's finding on a sampled order: 合格, 不合格, 整改 (to be put right, then checked again). */
public enum CheckResult {
  PASSED,
  FAILED,
  RECTIFY
}
