package org.linli.fund.purchase.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.linli.kernel.error.DomainException;

/** GPS positions as the phones send them: validated ranges, great-circle distances in metres. */
public final class Geo {
  private static final double EARTH_RADIUS_M = 6_371_008.8;
  private static final BigDecimal NINETY = BigDecimal.valueOf(90);
  private static final BigDecimal ONE_EIGHTY = BigDecimal.valueOf(180);

  private Geo() {}

  /** Both given or neither; latitude within ±90, longitude within ±180; six decimals kept. */
  public static Resident.GeoPoint point(
      String field, BigDecimal lat, BigDecimal lon, boolean required) {
    if (lat == null && lon == null && !required) {
      return null;
    }
    if (lat == null || lon == null) {
      throw DomainException.invalidField(field, "LOCATION_REQUIRED");
    }
    if (lat.abs().compareTo(NINETY) > 0) {
      throw DomainException.invalidField(field + ".latitude", "INVALID_LATITUDE");
    }
    if (lon.abs().compareTo(ONE_EIGHTY) > 0) {
      throw DomainException.invalidField(field + ".longitude", "INVALID_LONGITUDE");
    }
    return new Resident.GeoPoint(
        lat.setScale(6, RoundingMode.HALF_UP), lon.setScale(6, RoundingMode.HALF_UP));
  }

  /** Haversine distance in whole metres; null when either point is unknown. */
  public static Integer distanceMetres(Resident.GeoPoint a, Resident.GeoPoint b) {
    if (a == null || b == null) {
      return null;
    }
    double lat1 = Math.toRadians(a.latitude().doubleValue());
    double lat2 = Math.toRadians(b.latitude().doubleValue());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b.longitude().doubleValue() - a.longitude().doubleValue());
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return (int) Math.round(2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h))));
  }
}
