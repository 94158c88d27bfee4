package org.linli.fund.accounting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 科目余额表: per account the opening balance, the period's debits and credits and the closing balance,
 * parents rolled up from their sub-accounts. Amounts in fen; balances signed debit-positive and
 * split by side per row; the totals over first-level accounts balance when the books do.
 */
public record TrialBalance(LocalDate from, LocalDate to, List<Row> rows, Totals totals) {

  /** Posted amounts of one account: balance before the period, debits and credits in it. */
  public record Movement(long opening, long debit, long credit) {
    public static final Movement NONE = new Movement(0, 0, 0);

    public long closing() {
      return opening + debit - credit;
    }

    public Movement plus(Movement o) {
      return new Movement(opening + o.opening, debit + o.debit, credit + o.credit);
    }
  }

  /** One account's row; the balance split by side as the printed 科目余额表 shows it. */
  public record Row(ChartAccount account, boolean leaf, Movement movement) {
    public long openingDebit() {
      return Math.max(movement.opening(), 0);
    }

    public long openingCredit() {
      return Math.max(-movement.opening(), 0);
    }

    public long closingDebit() {
      return Math.max(movement.closing(), 0);
    }

    public long closingCredit() {
      return Math.max(-movement.closing(), 0);
    }
  }

  /** Column sums over the first-level accounts. */
  public record Totals(
      long openingDebit,
      long openingCredit,
      long debit,
      long credit,
      long closingDebit,
      long closingCredit) {
    public boolean balanced() {
      return openingDebit == openingCredit && debit == credit && closingDebit == closingCredit;
    }
  }

  /** Builds the table from the movements of the accounts that have lines, keyed by code. */
  public static TrialBalance of(
      LocalDate from, LocalDate to, List<ChartAccount> chart, Map<String, Movement> byCode) {
    Set<String> parents = new HashSet<>();
    chart.forEach(a -> parents.add(a.parentCode()));
    List<Row> rows = new ArrayList<>();
    long[] t = new long[6];
    for (ChartAccount a : chart) {
      Movement m = Movement.NONE;
      for (var e : byCode.entrySet()) {
        if (e.getKey().startsWith(a.code())) {
          m = m.plus(e.getValue());
        }
      }
      Row row = new Row(a, !parents.contains(a.code()), m);
      rows.add(row);
      if (a.parentCode() == null) {
        t[0] += row.openingDebit();
        t[1] += row.openingCredit();
        t[2] += m.debit();
        t[3] += m.credit();
        t[4] += row.closingDebit();
        t[5] += row.closingCredit();
      }
    }
    return new TrialBalance(
        from, to, List.copyOf(rows), new Totals(t[0], t[1], t[2], t[3], t[4], t[5]));
  }
}
