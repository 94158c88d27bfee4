package org.linli.fund.accounting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Property test on randomized books: random balanced vouchers over the whole 民非 chart (with
 * restricted lines, releases, red letters and monthly closings) must give statements that tie out:
 * assets = liabilities + net assets on any day, closing net assets = opening + the activity
 * statement's change per column, and the cash flow's net increase = closing - opening cash. The
 * aggregation mirrors the report queries (posted lines; closings left out of activity and cash).
 */
class StatementsPropertyTest {
  record Line(String code, long debit, long credit) {
    long signed() {
      return debit - credit;
    }
  }

  record V(LocalDate date, String source, List<Line> lines) {}

  static final List<String> LEAVES =
      StandardChart.of(ChartVersion.V2024).stream()
          .map(ChartAccount::code)
          .filter(
              c ->
                  StandardChart.of(ChartVersion.V2024).stream()
                      .noneMatch(a -> c.equals(a.parentCode())))
          .toList();

  @RepeatedTest(100)
  void statementsTieOutOnRandomBooks(RepetitionInfo info) {
    Random rnd = new Random(0xB00C5L + info.getCurrentRepetition());
    List<V> books = randomBooks(rnd);
    LocalDate from = LocalDate.of(2025, 1 + rnd.nextInt(12), 1);
    LocalDate to = from.plusDays(rnd.nextInt(400));
    LocalDate before = from.minusDays(1);

    BalanceSheet opening = BalanceSheet.of(before, balancesAt(books, before));
    BalanceSheet closing = BalanceSheet.of(to, balancesAt(books, to));
    assertEquals(opening.totalAssets(), opening.totalLiabilitiesAndNetAssets());
    assertEquals(closing.totalAssets(), closing.totalLiabilitiesAndNetAssets());

    ActivityStatement activity =
        ActivityStatement.of(from, to, activity(books, from, to), released(books, from, to));
    assertEquals(
        closing.unrestrictedNetAssets(),
        opening.unrestrictedNetAssets() + activity.changeInNetAssets().unrestricted(),
        "unrestricted net assets tie out");
    assertEquals(
        closing.restrictedNetAssets(),
        opening.restrictedNetAssets() + activity.changeInNetAssets().restricted(),
        "restricted net assets tie out");

    long openingCash = opening.assets().get(0).amount();
    long closingCash = closing.assets().get(0).amount();
    CashFlowStatement cash =
        CashFlowStatement.of(from, to, counterCash(books, from, to), openingCash, closingCash);
    assertEquals(closingCash - openingCash, cash.netIncrease(), "cash ties out");
    long sections = cash.sections().stream().mapToLong(CashFlowStatement.Section::net).sum();
    assertEquals(cash.netIncrease(), sections);

    var chart = StandardChart.of(ChartVersion.V2024);
    TrialBalance tb = TrialBalance.of(from, to, chart, movements(books, from, to));
    assertTrue(tb.totals().balanced(), tb.totals()::toString);
  }

  /** Two years of random vouchers with a closing voucher at each month's end. */
  static List<V> randomBooks(Random rnd) {
    List<V> books = new ArrayList<>();
    LocalDate start = LocalDate.of(2024, 1, 1);
    for (YearMonth m = YearMonth.from(start);
        m.isBefore(YearMonth.of(2026, 3));
        m = m.plusMonths(1)) {
      int n = rnd.nextInt(8);
      for (int i = 0; i < n; i++) {
        LocalDate d = m.atDay(1 + rnd.nextInt(m.lengthOfMonth()));
        int kind = rnd.nextInt(10);
        if (kind == 0) {
          long a = 1 + rnd.nextInt(100_000);
          books.add(new V(d, "RELEASE", List.of(new Line("3102", a, 0), new Line("3101", 0, a))));
        } else {
          books.add(new V(d, kind == 1 ? "REVERSAL" : "MANUAL", randomLines(rnd, kind == 1)));
        }
      }
      books.add(closing(books, m.atEndOfMonth()));
    }
    return books;
  }

  static List<Line> randomLines(Random rnd, boolean red) {
    int count = 2 + rnd.nextInt(4);
    List<Line> lines = new ArrayList<>();
    long total = 0;
    int sign = red ? -1 : 1;
    for (int i = 0; i < count - 1; i++) {
      long a = 1 + rnd.nextInt(1_000_000);
      lines.add(new Line(pick(rnd), sign * a, 0));
      total += a;
    }
    // One or two credit lines balance the debits.
    long first = count > 2 ? 1 + (long) (rnd.nextDouble() * (total - 1)) : total;
    if (first < total) {
      lines.add(new Line(pick(rnd), 0, sign * first));
      lines.add(new Line(pick(rnd), 0, sign * (total - first)));
    } else {
      lines.add(new Line(pick(rnd), 0, sign * total));
    }
    return lines;
  }

  static String pick(Random rnd) {
    // Cash often, so the cash flow has something to classify.
    return rnd.nextInt(3) == 0
        ? StandardChart.CASH_CODES.get(rnd.nextInt(3))
        : LEAVES.get(rnd.nextInt(LEAVES.size()));
  }

  /** The closing voucher: every income and expense balance into 3101 or 3102. */
  static V closing(List<V> books, LocalDate end) {
    Map<String, Long> b = balancesAt(books, end);
    List<Line> lines = new ArrayList<>();
    long u = 0;
    long r = 0;
    for (var e : b.entrySet()) {
      char c = e.getKey().charAt(0);
      if ((c == '4' || c == '5') && e.getValue() != 0) {
        lines.add(
            e.getValue() > 0
                ? new Line(e.getKey(), 0, e.getValue())
                : new Line(e.getKey(), -e.getValue(), 0));
        if (ChartAccount.restrictedCode(e.getKey())) {
          r += e.getValue();
        } else {
          u += e.getValue();
        }
      }
    }
    if (u != 0) {
      lines.add(u > 0 ? new Line("3101", u, 0) : new Line("3101", 0, -u));
    }
    if (r != 0) {
      lines.add(r > 0 ? new Line("3102", r, 0) : new Line("3102", 0, -r));
    }
    return new V(end, "CLOSING", lines);
  }

  static Map<String, Long> sum(List<V> books, Predicate<V> which) {
    Map<String, Long> m = new TreeMap<>();
    books.stream()
        .filter(which)
        .forEach(v -> v.lines().forEach(l -> m.merge(l.code(), l.signed(), Long::sum)));
    return m;
  }

  static Map<String, Long> balancesAt(List<V> books, LocalDate at) {
    return sum(books, v -> !v.date().isAfter(at));
  }

  static boolean in(V v, LocalDate from, LocalDate to) {
    return !v.date().isBefore(from) && !v.date().isAfter(to);
  }

  static Map<String, Long> activity(List<V> books, LocalDate from, LocalDate to) {
    return sum(books, v -> in(v, from, to) && !v.source().equals("CLOSING"));
  }

  static long released(List<V> books, LocalDate from, LocalDate to) {
    return sum(books, v -> in(v, from, to) && v.source().equals("RELEASE"))
        .getOrDefault("3102", 0L);
  }

  static boolean cash(String code) {
    return StandardChart.CASH_CODES.stream().anyMatch(code::startsWith);
  }

  static Map<String, Long> counterCash(List<V> books, LocalDate from, LocalDate to) {
    Map<String, Long> m = new HashMap<>();
    books.stream()
        .filter(v -> in(v, from, to) && !v.source().equals("CLOSING"))
        .filter(v -> v.lines().stream().anyMatch(l -> cash(l.code())))
        .forEach(
            v ->
                v.lines().stream()
                    .filter(l -> !cash(l.code()))
                    .forEach(l -> m.merge(l.code(), -l.signed(), Long::sum)));
    return m;
  }

  static Map<String, TrialBalance.Movement> movements(List<V> books, LocalDate from, LocalDate to) {
    Map<String, TrialBalance.Movement> m = new TreeMap<>();
    books.stream()
        .filter(v -> !v.date().isAfter(to))
        .forEach(
            v ->
                v.lines()
                    .forEach(
                        l -> {
                          boolean before = v.date().isBefore(from);
                          var add =
                              new TrialBalance.Movement(
                                  before ? l.signed() : 0,
                                  before ? 0 : l.debit(),
                                  before ? 0 : l.credit());
                          m.merge(l.code(), add, TrialBalance.Movement::plus);
                        }));
    return m;
  }
}
