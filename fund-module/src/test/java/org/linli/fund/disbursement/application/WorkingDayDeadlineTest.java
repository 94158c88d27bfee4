package org.linli.fund.disbursement.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.linli.kernel.calendar.domain.WorkingCalendar;
import org.linli.kernel.calendar.domain.YearArrangement;

class WorkingDayDeadlineTest {
  @Test
  void fiveWorkingDaysSkipTheWeekend() {
    // Friday 2026-12-04 + 5 working days = Friday 2026-12-11.
    assertEquals(
        LocalDate.of(2026, 12, 11),
        FastLane.addWorkingDays(WorkingCalendar.mondayToFriday(), LocalDate.of(2026, 12, 4), 5));
  }

  @Test
  void nationalDayHolidaysAndTheMakeUpSaturdayCount() {
    // 2026: 国庆 10月1–7日 off, 10月10日 (Saturday) worked. From 9月30日: 8, 9, 10, 12, 13.
    YearArrangement y2026 =
        new YearArrangement(
            2026,
            new TreeSet<>(
                Set.of(
                    LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 10, 2),
                    LocalDate.of(2026, 10, 5),
                    LocalDate.of(2026, 10, 6),
                    LocalDate.of(2026, 10, 7))),
            new TreeSet<>(Set.of(LocalDate.of(2026, 10, 10))));
    WorkingCalendar calendar = new WorkingCalendar(Map.of(2026, y2026));
    assertEquals(
        LocalDate.of(2026, 10, 13),
        FastLane.addWorkingDays(calendar, LocalDate.of(2026, 9, 30), 5));
  }
}
