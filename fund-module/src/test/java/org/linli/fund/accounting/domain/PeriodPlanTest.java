package org.linli.fund.accounting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * A report's date range split into snapshotted months and days read from lines: every day of the
 * range exactly once, whatever months are closed (in order or with gaps) and wherever the range
 * starts and ends (before the first close, inside a closed month, in an open month).
 */
class PeriodPlanTest {
  static final LocalDate EPOCH = LocalDate.of(2023, 6, 1);

  @RepeatedTest(500)
  void everyDayOfTheRangeIsReadExactlyOnce(RepetitionInfo info) {
    Random rnd = new Random(0x5AA95L + info.getCurrentRepetition());
    TreeSet<YearMonth> snapshots = new TreeSet<>();
    YearMonth m = YearMonth.from(EPOCH).plusMonths(rnd.nextInt(6));
    int months = rnd.nextInt(30);
    for (int i = 0; i < months; i++, m = m.plusMonths(1)) {
      if (rnd.nextInt(8) != 0) { // mostly in order, sometimes a month left open
        snapshots.add(m);
      }
    }
    LocalDate to = EPOCH.plusDays(rnd.nextInt(1200));
    LocalDate from = rnd.nextInt(3) == 0 ? null : to.minusDays(rnd.nextInt(800));
    PeriodPlan plan = PeriodPlan.of(snapshots, from, to);

    LocalDate first = from == null ? EPOCH.minusYears(1) : from;
    for (LocalDate d = first; !d.isAfter(to); d = d.plusDays(1)) {
      LocalDate day = d;
      long inMonths = plan.covered().stream().filter(c -> c.equals(YearMonth.from(day))).count();
      long inDays =
          plan.residual().stream()
              .filter(r -> (r.from() == null || !day.isBefore(r.from())) && !day.isAfter(r.to()))
              .count();
      assertEquals(1, inMonths + inDays, () -> day + " in " + plan);
    }
    for (PeriodPlan.Days r : plan.residual()) {
      assertTrue(r.from() == null || !r.from().isAfter(r.to()), plan::toString);
      assertTrue(!r.to().isAfter(to), plan::toString);
    }
    for (YearMonth c : plan.covered()) {
      assertTrue(snapshots.contains(c));
      assertTrue(from == null || !c.atDay(1).isBefore(from));
      assertTrue(!c.atEndOfMonth().isAfter(to));
    }
    // Every snapshot between the first and the last covered month is covered (read as one range).
    if (!plan.covered().isEmpty()) {
      assertEquals(
          List.copyOf(
              snapshots.subSet(
                  plan.covered().get(0),
                  true,
                  plan.covered().get(plan.covered().size() - 1),
                  true)),
          plan.covered());
    }
  }

  @Test
  void closedMonthsThenOneOpenMonthReadOnlyTheOpenMonthsLines() {
    TreeSet<YearMonth> closed = new TreeSet<>();
    for (YearMonth m = YearMonth.of(2024, 1);
        m.isBefore(YearMonth.of(2026, 11));
        m = m.plusMonths(1)) {
      closed.add(m);
    }
    PeriodPlan at = PeriodPlan.of(closed, null, LocalDate.of(2026, 11, 30));
    assertEquals(34, at.covered().size());
    assertEquals(
        List.of(
            new PeriodPlan.Days(null, LocalDate.of(2023, 12, 31)),
            new PeriodPlan.Days(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))),
        at.residual());
    PeriodPlan mid = PeriodPlan.of(closed, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 6, 15));
    assertEquals(List.of(YearMonth.of(2025, 4), YearMonth.of(2025, 5)), mid.covered());
    assertEquals(
        List.of(
            new PeriodPlan.Days(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 31)),
            new PeriodPlan.Days(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 15))),
        mid.residual());
    PeriodPlan none = PeriodPlan.of(new TreeSet<>(), null, LocalDate.of(2025, 1, 1));
    assertEquals(List.of(new PeriodPlan.Days(null, LocalDate.of(2025, 1, 1))), none.residual());
  }
}
