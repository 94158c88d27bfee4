package org.linli.integration.outbox.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import org.linli.integration.outbox.application.HomeCareStatistics;
import org.linli.kernel.tenancy.DailyTenantJob;

/**
 * Records the previous month's home-care statistics of each buyer organization (default 02:10 China
 * time, every day: {@code linli.integration.home-care-stats.enabled}/{@code .time}). Runs daily so
 * a node that was down on the 1st still catches up; the statistics are recorded once per
 * organization and month across all nodes (see {@link HomeCareStatistics}).
 */
@ApplicationScoped
public class HomeCareStatisticsJob implements DailyTenantJob {
  @Inject HomeCareStatistics statistics;

  @Override
  public String name() {
    return "linli.integration.home-care-stats";
  }

  @Override
  public String defaultTime() {
    return "02:10";
  }

  @Override
  public String runFor(LocalDate today) {
    HomeCareStatistics.Run run = statistics.record(YearMonth.from(today).minusMonths(1));
    if (!run.buyer()) {
      return "not a buyer";
    }
    return run.recordedEventId()
        .map(id -> "statistics of " + run.month() + " recorded (event " + id + ")")
        .orElse("statistics of " + run.month() + " already recorded");
  }
}
