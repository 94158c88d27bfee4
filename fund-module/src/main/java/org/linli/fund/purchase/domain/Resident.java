package org.linli.fund.purchase.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A resident on the buyer's roster; the person is the platform's, the ID number only masked. */
public record Resident(
    String id,
    String personId,
    String name,
    String idMasked,
    String phoneMasked,
    String address,
    GeoPoint location,
    EligibilityCategory category,
    String level,
    LocalDate eligibleFrom,
    LocalDate eligibleTo,
    ResidentStatus status,
    LocalDate statusOn,
    String createdBy,
    Instant createdAt) {

  public boolean eligibleOn(LocalDate day) {
    if (day.isBefore(eligibleFrom) || (eligibleTo != null && day.isAfter(eligibleTo))) {
      return false;
    }
    return status == ResidentStatus.ACTIVE || day.isBefore(statusOn);
  }

  /** Coordinates of a place, checked in range; stored with six decimals (about 0.1 m). */
  public record GeoPoint(BigDecimal latitude, BigDecimal longitude) {}
}
