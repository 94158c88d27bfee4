package org.linli.volunteer.servicedonation.domain;

import java.time.Instant;

/**
 * The organization's fair rate for one hour of volunteer service (fen per hour) and whether it
 * recognises donated services in its books. Version 0 is the default: nothing recognised.
 */
public record ServiceDonationSettings(
    long version, long rateFenPerHour, boolean recognised, String updatedBy, Instant updatedAt) {
  public static ServiceDonationSettings defaults() {
    return new ServiceDonationSettings(0, 0, false, null, null);
  }
}
