package org.linli.volunteer.servicedonation.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fair rate per hour of each service category, and the default rate for records of any other
 * category or of none (a record's category is its activity's service category; a record entered
 * without an activity has none).
 */
public final class RateCard {
  private final long defaultFenPerHour;
  private final Map<String, Long> byCategory = new HashMap<>();

  public RateCard(long defaultFenPerHour, List<ServiceDonationSettings.CategoryRate> rates) {
    if (defaultFenPerHour <= 0) {
      throw new IllegalArgumentException("a positive default rate");
    }
    this.defaultFenPerHour = defaultFenPerHour;
    for (ServiceDonationSettings.CategoryRate r : rates) {
      if (r.rateFenPerHour() <= 0 || byCategory.put(r.category(), r.rateFenPerHour()) != null) {
        throw new IllegalArgumentException("positive rates, categories unique: " + r.category());
      }
    }
  }

  public long rateOf(String category) {
    return category == null
        ? defaultFenPerHour
        : byCategory.getOrDefault(category, defaultFenPerHour);
  }

  /** The record valued at its category's rate, half up to the fen on its own. */
  public ValuedRecord value(String recordId, String category, int minutes) {
    return ValuedRecord.of(recordId, category, minutes, rateOf(category));
  }
}
