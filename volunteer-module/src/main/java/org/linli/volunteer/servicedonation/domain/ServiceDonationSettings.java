package org.linli.volunteer.servicedonation.domain;

import java.time.Instant;
import java.util.List;

/**
 * The organization's fair rate for one hour of volunteer service (fen per hour), optional rates per
 * service category that take precedence over it, and what runs do ({@link ServiceDonationMode}).
 * Version 0 is the default: mode OFF, nothing valued.
 */
public record ServiceDonationSettings(
    long version,
    long rateFenPerHour,
    List<CategoryRate> categoryRates,
    ServiceDonationMode mode,
    String updatedBy,
    Instant updatedAt) {
  /** Most category rates one setting may carry. */
  public static final int MAX_CATEGORY_RATES = 50;

  /** Longest category name (an activity's service category is at most 30 characters). */
  public static final int MAX_CATEGORY_LENGTH = 30;

  /** The fair rate of one service category. */
  public record CategoryRate(String category, long rateFenPerHour) {}

  public ServiceDonationSettings {
    categoryRates = categoryRates == null ? List.of() : List.copyOf(categoryRates);
  }

  public static ServiceDonationSettings defaults() {
    return new ServiceDonationSettings(0, 0, List.of(), ServiceDonationMode.OFF, null, null);
  }

  /** The rates a run values with. */
  public RateCard rateCard() {
    return new RateCard(rateFenPerHour, categoryRates);
  }
}
