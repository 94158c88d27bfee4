package org.linli.volunteer.domain.record;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days for the Art. 11 deadline (records complete within 10 working days after the
 * activity). Counts Monday to Friday; the State Council's holiday calendar (and its make-up working
 * weekends) is not modelled yet, so around holidays the deadline is slightly early.
 */
public final class WorkingDays {
  public static final int RECORDING_DEADLINE = 10;

  private WorkingDays() {}

  public static LocalDate addWorkingDays(LocalDate from, int days) {
    LocalDate day = from;
    int added = 0;
    while (added < days) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        added++;
      }
    }
    return day;
  }

  /** The latest service date whose recording deadline has passed on {@code today}. */
  public static LocalDate overdueIfServedOnOrBefore(LocalDate today) {
    LocalDate candidate = today;
    while (!addWorkingDays(candidate, RECORDING_DEADLINE).isBefore(today)) {
      candidate = candidate.minusDays(1);
    }
    return candidate;
  }
}
