package org.linli.kernel.calendar.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The working days of every year the platform admin entered; any other year counts Monday to
 * Friday, and callers can ask which years of a period fell back to that (their dates are
 * estimates).
 */
public final class WorkingCalendar {
  private static final WorkingCalendar MONDAY_TO_FRIDAY = new WorkingCalendar(Map.of());

  private final Map<Integer, YearArrangement> years;

  public WorkingCalendar(Map<Integer, YearArrangement> years) {
    this.years = Map.copyOf(years);
  }

  /** No arrangement for any year: plain Monday to Friday. */
  public static WorkingCalendar mondayToFriday() {
    return MONDAY_TO_FRIDAY;
  }

  public boolean covers(int year) {
    return years.containsKey(year);
  }

  public boolean isWorkingDay(LocalDate day) {
    YearArrangement arrangement = years.get(day.getYear());
    return arrangement == null ? !YearArrangement.isWeekend(day) : arrangement.isWorkingDay(day);
  }

  /** The years from {@code from} to {@code to} (inclusive) counted Monday to Friday. */
  public Set<Integer> fallbackYears(LocalDate from, LocalDate to) {
    Set<Integer> missing = new TreeSet<>();
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      if (!covers(year)) {
        missing.add(year);
      }
    }
    return missing;
  }
}
