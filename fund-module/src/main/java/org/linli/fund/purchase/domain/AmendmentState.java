package org.linli.fund.purchase.domain;

/** 待接受, 已接受 (in force from its effective date), 已拒绝 (kept as history, never applies). */
public enum AmendmentState {
  PROPOSED,
  ACCEPTED,
  REFUSED
}
