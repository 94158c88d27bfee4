package org.linli.kernel.calendar.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;

class YearArrangementTest {
  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static DomainException refused(List<LocalDate> holidays, List<LocalDate> makeUps) {
    return assertThrows(DomainException.class, () -> YearArrangement.of(2026, holidays, makeUps));
  }

  private static String field(DomainException e) {
    return e.fieldErrors().get(0).field();
  }

  @Test
  void aDateOutsideTheYearIsRefusedWithItsPosition() {
    DomainException e = refused(List.of(d("2026-10-01"), d("2027-01-01")), List.of());
    assertEquals("CALENDAR_DATE_OUTSIDE_YEAR", e.code());
    assertEquals("holidays[1]", field(e));
  }

  @Test
  void aMakeUpDayMustBeAWeekendDay() {
    DomainException e = refused(List.of(), List.of(d("2026-02-13")));
    assertEquals("CALENDAR_MAKE_UP_NOT_WEEKEND", e.code());
    assertEquals("makeUpWorkdays[0]", field(e));
  }

  @Test
  void aDayCannotBeBothHolidayAndMakeUpDay() {
    DomainException e = refused(List.of(d("2026-02-14")), List.of(d("2026-02-14")));
    assertEquals("CALENDAR_DAY_BOTH_HOLIDAY_AND_WORKDAY", e.code());
  }

  @Test
  void aRepeatedDateIsRefused() {
    assertEquals(
        "CALENDAR_DATE_REPEATED",
        refused(List.of(d("2026-10-01"), d("2026-10-01")), List.of()).code());
  }

  @Test
  void yearsOutsideTheSupportedRangeAreRefused() {
    assertEquals(
        "CALENDAR_YEAR_OUT_OF_RANGE",
        assertThrows(DomainException.class, () -> YearArrangement.of(1999, List.of(), List.of()))
            .code());
  }

  @Test
  void weekendDaysInsideAHolidaySpanAreAccepted() {
    YearArrangement a =
        YearArrangement.of(
            2026, List.of(d("2026-10-03"), d("2026-10-02")), List.of(d("2026-10-10")));
    assertEquals(List.of(d("2026-10-02"), d("2026-10-03")), List.copyOf(a.holidays()));
    assertTrue(a.isWorkingDay(d("2026-10-10")));
    assertTrue(!a.isWorkingDay(d("2026-10-02")));
  }
}
