package org.linli.fund.purchase.domain;

/** 整改通知: issued (OPEN), answered by the provider, closed by the buyer as PASSED or FAILED. */
public enum RectificationStatus {
  OPEN,
  ANSWERED,
  PASSED,
  FAILED;

  public boolean closed() {
    return this == PASSED || this == FAILED;
  }
}
