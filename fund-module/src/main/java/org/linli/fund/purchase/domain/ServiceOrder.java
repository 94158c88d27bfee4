package org.linli.fund.purchase.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One side's copy of a service order (工单); {@code transitions} counts its recorded changes. */
public record ServiceOrder(
    String id,
    String contractId,
    String buyerOrg,
    String providerOrg,
    String residentId,
    String itemCode,
    LocalDate serviceDate,
    String note,
    OrderStatus status,
    String workerPersonId,
    String workerName,
    Visit checkIn,
    Visit checkOut,
    String confirmationHash,
    Instant confirmedAt,
    Integer satisfaction,
    String followUpNote,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    int transitions) {

  /** A check-in or check-out: when, where, and how far from the resident's address. */
  public record Visit(Instant at, Resident.GeoPoint location, Integer distanceMetres) {}

  /** A recorded status change. */
  public record Transition(
      int seq, OrderStatus from, OrderStatus to, String actorId, String actor, Instant at) {}

  public Long minutes() {
    if (checkIn == null || checkOut == null) {
      return null;
    }
    return java.time.Duration.between(checkIn.at(), checkOut.at()).toMinutes();
  }
}
