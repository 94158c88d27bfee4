package org.linli.volunteer.timebank.domain;

/** OPEN -> ASSIGNED -> CONFIRMED; OPEN or ASSIGNED -> CANCELLED. The last two are final. */
public enum ServiceRequestStatus {
  OPEN,
  ASSIGNED,
  CONFIRMED,
  CANCELLED;

  public boolean closed() {
    return this == CONFIRMED || this == CANCELLED;
  }
}
