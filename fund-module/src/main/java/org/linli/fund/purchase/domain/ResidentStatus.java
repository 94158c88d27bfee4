package org.linli.fund.purchase.domain;

/** A resident on the roster, or one who died or moved away on a date. */
public enum ResidentStatus {
  ACTIVE,
  DECEASED,
  MOVED_AWAY
}
