package org.linli.fund.purchase.domain;

/** Which party's copy a row is. */
public enum Side {
  BUYER,
  PROVIDER
}
