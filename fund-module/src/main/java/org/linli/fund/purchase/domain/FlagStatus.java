package org.linli.fund.purchase.domain;

/** OPEN until the buyer accepts or rejects it; CLEARED when a re-evaluation no longer raises it. */
public enum FlagStatus {
  OPEN,
  ACCEPTED,
  REJECTED,
  CLEARED
}
