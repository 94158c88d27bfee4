package org.linli.volunteer.points.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.linli.kernel.tenancy.DailyTenantJob;
import org.linli.volunteer.points.application.PointsExpiry;

/**
 * The daily points expiry of each organization (default 00:30 China time; {@code
 * linli.points.expiry.enabled}/{@code .time}). Safe to repeat: see {@link PointsExpiry}.
 */
@ApplicationScoped
public class PointsExpiryJob implements DailyTenantJob {
  @Inject PointsExpiry expiry;

  @Override
  public String name() {
    return "linli.points.expiry";
  }

  @Override
  public String defaultTime() {
    return "00:30";
  }

  @Override
  public String runFor(LocalDate today) {
    var result = expiry.run(today);
    return result.expiredPoints() + " points of " + result.volunteers() + " volunteers expired";
  }
}
