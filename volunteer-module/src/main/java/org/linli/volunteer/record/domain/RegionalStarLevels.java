package org.linli.volunteer.record.domain;

import java.util.Optional;
import java.util.function.Function;

/**
 * Star thresholds differ by region: the most specific setting wins — district (6 digits), then city
 * ({@code xxxx00}), then province ({@code xx0000}), then the platform default.
 */
public final class RegionalStarLevels {
  public static final String KEY = "linli.volunteer.star-thresholds-hours";
  private final Function<String, Optional<String>> settings;

  /** {@code settings}: looks up a configuration key. */
  public RegionalStarLevels(Function<String, Optional<String>> settings) {
    this.settings = settings;
  }

  public StarLevel forRegion(String regionCode) {
    if (regionCode != null && regionCode.matches("\\d{6}")) {
      for (String region :
          new String[] {
            regionCode, regionCode.substring(0, 4) + "00", regionCode.substring(0, 2) + "0000"
          }) {
        Optional<String> thresholds = settings.apply(KEY + "." + region);
        if (thresholds.isPresent()) {
          return StarLevel.parse(thresholds.get());
        }
      }
    }
    return settings.apply(KEY).map(StarLevel::parse).orElse(StarLevel.DEFAULT);
  }
}
