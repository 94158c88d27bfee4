package org.linli.volunteer.timebank.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.linli.kernel.tenancy.DailyTenantJob;
import org.linli.volunteer.timebank.application.DormancyReminders;

/**
 * The daily dormancy reminders of each organization (default 01:00 China time; {@code
 * linli.timebank.dormancy.enabled}/{@code .time}). A second run the same day creates nothing.
 */
@ApplicationScoped
public class DormancyReminderJob implements DailyTenantJob {
  @Inject DormancyReminders reminders;

  @Override
  public String name() {
    return "linli.timebank.dormancy";
  }

  @Override
  public String defaultTime() {
    return "01:00";
  }

  @Override
  public String runFor(LocalDate today) {
    return reminders.remindDormant(today) + " reminders created";
  }
}
