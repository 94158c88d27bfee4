package org.linli.volunteer.record.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;
import org.linli.volunteer.record.domain.RegionalStarLevels;
import org.linli.volunteer.record.domain.StarLevel;

/** Star thresholds from MicroProfile Config, per region where a region sets its own. */
@ApplicationScoped
public class StarLevels {
  private final RegionalStarLevels levels =
      new RegionalStarLevels(key -> ConfigProvider.getConfig().getOptionalValue(key, String.class));

  public StarLevel forRegion(String regionCode) {
    return levels.forRegion(regionCode);
  }

  /** For a person's hours across organizations (no single region applies). */
  public StarLevel platformDefault() {
    return levels.forRegion(null);
  }
}
