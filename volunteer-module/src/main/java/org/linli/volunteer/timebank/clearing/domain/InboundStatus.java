package org.linli.volunteer.timebank.clearing.domain;

/** The service organization's view: open -> assigned -> settled; cancelled by A, declined by B. */
public enum InboundStatus {
  OPEN,
  ASSIGNED,
  SETTLED,
  CANCELLED,
  DECLINED;

  public boolean pending() {
    return this == OPEN || this == ASSIGNED;
  }
}
