package org.linli.volunteer.record.domain;

import java.time.LocalDate;
import org.linli.kernel.calendar.domain.WorkingCalendar;

/**
 * Working days for the Art. 11 deadline (records complete within 10 working days after the
 * activity), from the platform's working-day calendar: public holidays are skipped and make-up
 * working weekends (调休) count. A year missing from the calendar counts Monday to Friday; the
 * deadline is then an estimate (see {@link WorkingCalendar#fallbackYears}).
 */
public final class WorkingDays {
  public static final int RECORDING_DEADLINE = 10;

  private WorkingDays() {}

  /** Monday to Friday, without any holiday arrangement. */
  public static LocalDate addWorkingDays(LocalDate from, int days) {
    return addWorkingDays(WorkingCalendar.mondayToFriday(), from, days);
  }

  public static LocalDate addWorkingDays(WorkingCalendar calendar, LocalDate from, int days) {
    LocalDate day = from;
    int added = 0;
    while (added < days) {
      day = day.plusDays(1);
      if (calendar.isWorkingDay(day)) {
        added++;
      }
    }
    return day;
  }

  /** The recording deadline of a service on {@code serviceDate}. */
  public static LocalDate deadline(WorkingCalendar calendar, LocalDate serviceDate) {
    return addWorkingDays(calendar, serviceDate, RECORDING_DEADLINE);
  }

  /** Monday to Friday, without any holiday arrangement. */
  public static LocalDate overdueIfServedOnOrBefore(LocalDate today) {
    return overdueIfServedOnOrBefore(WorkingCalendar.mondayToFriday(), today);
  }

  /** The latest service date whose recording deadline has passed on {@code today}. */
  public static LocalDate overdueIfServedOnOrBefore(WorkingCalendar calendar, LocalDate today) {
    LocalDate candidate = today;
    while (!deadline(calendar, candidate).isBefore(today)) {
      candidate = candidate.minusDays(1);
    }
    return candidate;
  }
}
