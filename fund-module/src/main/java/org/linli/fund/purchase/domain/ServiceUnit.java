package org.linli.fund.purchase.domain;

/** How an item is counted and priced: per visit, per hour, per meal. */
public enum ServiceUnit {
  VISIT,
  HOUR,
  MEAL
}
