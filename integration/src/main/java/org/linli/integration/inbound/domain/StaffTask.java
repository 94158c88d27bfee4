package org.linli.integration.inbound.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Work a civil-affairs list leaves for staff that the platform must not do by itself: for a
 * deceased volunteer with time in the bank ({@code DECEASED_VOLUNTEER_BALANCE}), settling it under
 * the time bank's deceased-holder rule. Open until a person resolves it with a note.
 */
public record StaffTask(
    String id,
    String kind,
    String volunteerId,
    String status,
    String name,
    String idMasked,
    LocalDate dateOfDeath,
    long balanceMinutes,
    Instant createdAt,
    Instant resolvedAt,
    String resolvedBy,
    String note) {
  public static final String DECEASED_VOLUNTEER_BALANCE = "DECEASED_VOLUNTEER_BALANCE";
  public static final String OPEN = "OPEN";
  public static final String DONE = "DONE";

  public boolean open() {
    return OPEN.equals(status);
  }
}
