package org.linli.kernel.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.linli.kernel.error.DomainException;

/**
 * One year's arrangement: the holidays (days off) and the make-up working days (a Saturday or
 * Sunday that is a working day). Holidays may include weekend days, so a notice's span
 * ("2月15日至23日") can be entered as it reads; a weekend holiday changes nothing in the count.
 */
public record YearArrangement(
    int year, SortedSet<LocalDate> holidays, SortedSet<LocalDate> makeUpWorkdays) {
  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2100;

  public YearArrangement {
    holidays = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
    makeUpWorkdays = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(makeUpWorkdays));
  }

  /** Validates the dates as entered; the field names are those of the request body. */
  public static YearArrangement of(int year, List<LocalDate> holidays, List<LocalDate> makeUps) {
    requireYear(year);
    SortedSet<LocalDate> off = checked(year, "holidays", holidays);
    SortedSet<LocalDate> on = checked(year, "makeUpWorkdays", makeUps);
    for (int i = 0; i < makeUps.size(); i++) {
      LocalDate day = makeUps.get(i);
      if (!isWeekend(day)) {
        throw DomainException.invalidField(
                "makeUpWorkdays[" + i + "]", "CALENDAR_MAKE_UP_NOT_WEEKEND")
            .with(day.toString());
      }
      if (off.contains(day)) {
        throw DomainException.invalidField(
                "makeUpWorkdays[" + i + "]", "CALENDAR_DAY_BOTH_HOLIDAY_AND_WORKDAY")
            .with(day.toString());
      }
    }
    return new YearArrangement(year, off, on);
  }

  public static void requireYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw DomainException.invalidField("year", "CALENDAR_YEAR_OUT_OF_RANGE")
          .with(Integer.toString(FIRST_YEAR), Integer.toString(LAST_YEAR));
    }
  }

  private static SortedSet<LocalDate> checked(int year, String field, List<LocalDate> days) {
    SortedSet<LocalDate> set = new TreeSet<>();
    for (int i = 0; i < days.size(); i++) {
      LocalDate day = days.get(i);
      if (day == null) {
        throw DomainException.invalidField(field + "[" + i + "]", "FIELD_INVALID");
      }
      if (day.getYear() != year) {
        throw DomainException.invalidField(field + "[" + i + "]", "CALENDAR_DATE_OUTSIDE_YEAR")
            .with(day.toString(), Integer.toString(year));
      }
      if (!set.add(day)) {
        throw DomainException.invalidField(field + "[" + i + "]", "CALENDAR_DATE_REPEATED")
            .with(day.toString());
      }
    }
    return set;
  }

  static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** Whether the day (of this year) is worked under this arrangement. */
  public boolean isWorkingDay(LocalDate day) {
    if (makeUpWorkdays.contains(day)) {
      return true;
    }
    return !isWeekend(day) && !holidays.contains(day);
  }

  public Set<LocalDate> allDays() {
    Set<LocalDate> all = new TreeSet<>(holidays);
    all.addAll(makeUpWorkdays);
    return all;
  }
}
