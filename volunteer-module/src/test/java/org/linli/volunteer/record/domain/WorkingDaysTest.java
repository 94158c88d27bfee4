package org.linli.volunteer.record.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linli.kernel.calendar.domain.WorkingCalendar;
import org.linli.kernel.calendar.domain.YearArrangement;

/**
 * The Art. 11 deadline with the State Council's 2026 Spring Festival and National Day arrangement.
 */
class WorkingDaysTest {
  static LocalDate d(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  /** Spring Festival 2026: 2月15日至23日 off, 2月14日（周六）and 2月28日（周六）worked; National Day too. */
  static final WorkingCalendar CALENDAR_2026 =
      new WorkingCalendar(
          Map.of(
              2026,
              YearArrangement.of(
                  2026,
                  List.of(
                      d(2, 15), d(2, 16), d(2, 17), d(2, 18), d(2, 19), d(2, 20), d(2, 21),
                      d(2, 22), d(2, 23), d(10, 1), d(10, 2), d(10, 3), d(10, 4), d(10, 5),
                      d(10, 6), d(10, 7)),
                  List.of(d(2, 14), d(2, 28), d(9, 20), d(10, 10)))));

  @Test
  void theSpringFestivalWeekIsSkippedAndItsMakeUpSaturdaysCount() {
    // Thursday 2026-02-12: Fri 13 (1), Sat 14 worked (2), 15-23 off, 24-27 (3-6), Sat 28 worked
    // (7), Mon 2 - Wed 4 March (8-10).
    assertEquals(d(3, 4), WorkingDays.deadline(CALENDAR_2026, d(2, 12)));
    assertEquals(
        d(2, 26),
        WorkingDays.addWorkingDays(d(2, 12), 10),
        "Monday to Friday alone would end three weeks early");
  }

  @Test
  void aMakeUpSaturdayIsAWorkingDayAndAHolidayWeekdayIsNot() {
    assertTrue(CALENDAR_2026.isWorkingDay(d(2, 14)), "调休 Saturday");
    assertTrue(CALENDAR_2026.isWorkingDay(d(9, 20)), "调休 Sunday");
    assertFalse(CALENDAR_2026.isWorkingDay(d(2, 14).plusDays(7)), "ordinary Saturday");
    assertFalse(CALENDAR_2026.isWorkingDay(d(10, 5)), "National Day Monday");
    assertTrue(CALENDAR_2026.isWorkingDay(d(10, 8)));
    // Friday 2026-09-18: Sun 20 worked (1), 21-24 (2-5), 25 (6), 28-30 (7-9), 1-7 off, Thu 8 (10).
    assertEquals(d(10, 8), WorkingDays.deadline(CALENDAR_2026, d(9, 18)));
  }

  @Test
  void overdueCutoffUsesTheCalendar() {
    // On Thursday 2026-03-05 the service of Thursday 2026-02-12 (due 4 March) is overdue, that of
    // Friday 2026-02-13 (due 5 March) not yet; Monday to Friday would call both overdue.
    LocalDate cutoff = WorkingDays.overdueIfServedOnOrBefore(CALENDAR_2026, d(3, 5));
    assertEquals(d(2, 12), cutoff);
    assertTrue(WorkingDays.overdueIfServedOnOrBefore(d(3, 5)).isAfter(d(2, 13)));
  }

  @Test
  void aYearMissingFromTheCalendarCountsMondayToFridayAndIsNamed() {
    // Wednesday 2027-01-27 in a year not entered: plain weekdays, Thu 28 .. Wed 10 February.
    LocalDate served = LocalDate.of(2027, 1, 27);
    LocalDate due = WorkingDays.deadline(CALENDAR_2026, served);
    assertEquals(LocalDate.of(2027, 2, 10), due);
    assertEquals(Set.of(2027), CALENDAR_2026.fallbackYears(served, due));
    assertEquals(
        Set.of(2027),
        CALENDAR_2026.fallbackYears(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 11)));
    assertEquals(Set.of(), CALENDAR_2026.fallbackYears(d(2, 12), d(3, 4)));
  }
}
