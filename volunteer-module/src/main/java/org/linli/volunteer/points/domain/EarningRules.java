package org.linli.volunteer.points.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import org.linli.kernel.error.DomainException;

/**
 * What approved service earns: {@code floor(minutes / 60 x pointsPerHour x weight(category))}, the
 * activity's flat bonus on top, and how long the points stay valid.
 */
public record EarningRules(
    int pointsPerHour, Map<String, BigDecimal> categoryWeights, ExpiryPolicy expiry) {
  /** Rules of an organization that has published none. */
  public static final EarningRules DEFAULT = new EarningRules(10, Map.of(), ExpiryPolicy.DEFAULT);

  private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);
  private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(100);

  public EarningRules {
    if (pointsPerHour < 0 || pointsPerHour > 100_000) {
      throw DomainException.invalidField("pointsPerHour", "INVALID_POINTS_PER_HOUR");
    }
    categoryWeights = new TreeMap<>(categoryWeights == null ? Map.of() : categoryWeights);
    categoryWeights.forEach(
        (category, weight) -> {
          if (category == null
              || category.isBlank()
              || weight == null
              || weight.signum() < 0
              || weight.compareTo(MAX_WEIGHT) > 0) {
            throw DomainException.invalidField("categoryWeights", "INVALID_CATEGORY_WEIGHT");
          }
        });
    categoryWeights = Map.copyOf(categoryWeights);
    if (expiry == null) {
      expiry = ExpiryPolicy.DEFAULT;
    }
  }

  public BigDecimal weightOf(String category) {
    return category == null
        ? BigDecimal.ONE
        : categoryWeights.getOrDefault(category, BigDecimal.ONE);
  }

  /** Points for approved minutes in a category, before any activity bonus; rounded down. */
  public long pointsFor(int minutes, String category) {
    if (minutes <= 0) {
      return 0;
    }
    return BigDecimal.valueOf(minutes)
        .multiply(BigDecimal.valueOf(pointsPerHour))
        .multiply(weightOf(category))
        .divide(MINUTES_PER_HOUR, 0, RoundingMode.FLOOR)
        .longValueExact();
  }
}
