package org.linli.fund.accounting.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;

/**
 * How a report reads a date range: the closed months that lie wholly inside it come from their
 * month-end balances (written once at close), every other day from the voucher lines. Together they
 * cover the range exactly once, so both ways give the same sums.
 *
 * @param covered the snapshotted months wholly inside the range, ascending; consecutive in the set
 *     of snapshots (every snapshot between the first and the last is in the list)
 * @param residual the day ranges left to read from lines, ascending, disjoint
 */
public record PeriodPlan(List<YearMonth> covered, List<Days> residual) {
  /** Days from {@code from} (null: since the books were opened) to {@code to}, inclusive. */
  public record Days(LocalDate from, LocalDate to) {}

  /**
   * @param snapshots the months with written balances
   * @param from the first day (null: from the beginning)
   * @param to the last day
   */
  public static PeriodPlan of(NavigableSet<YearMonth> snapshots, LocalDate from, LocalDate to) {
    List<YearMonth> covered = new ArrayList<>();
    for (YearMonth m : snapshots) {
      if ((from == null || !m.atDay(1).isBefore(from)) && !m.atEndOfMonth().isAfter(to)) {
        covered.add(m);
      }
    }
    List<Days> residual = new ArrayList<>();
    LocalDate cursor = from;
    for (YearMonth m : covered) {
      if (cursor == null || cursor.isBefore(m.atDay(1))) {
        residual.add(new Days(cursor, m.atDay(1).minusDays(1)));
      }
      cursor = m.atEndOfMonth().plusDays(1);
    }
    if (cursor == null || !cursor.isAfter(to)) {
      residual.add(new Days(cursor, to));
    }
    return new PeriodPlan(List.copyOf(covered), List.copyOf(residual));
  }
}
