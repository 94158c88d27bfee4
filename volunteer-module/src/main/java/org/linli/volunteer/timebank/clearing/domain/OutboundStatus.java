package org.linli.volunteer.timebank.clearing.domain;

/**
 * The requesting organization's view of a cross-organization redemption. OPEN and DECLINED still
 * hold the hours in the clearing account; CANCELLED and RELEASED gave them back; SETTLED paid them.
 */
public enum OutboundStatus {
  OPEN,
  SETTLED,
  CANCELLED,
  DECLINED,
  RELEASED;

  public boolean holdsHours() {
    return this == OPEN || this == DECLINED;
  }
}
