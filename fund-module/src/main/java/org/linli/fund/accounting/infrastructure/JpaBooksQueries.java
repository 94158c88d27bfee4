package org.linli.fund.accounting.infrastructure;

import static org.linli.fund.accounting.infrastructure.NativeSql.date;
import static org.linli.fund.accounting.infrastructure.NativeSql.num;
import static org.linli.fund.accounting.infrastructure.NativeSql.rows;
import static org.linli.fund.accounting.infrastructure.NativeSql.uuid;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.linli.fund.accounting.domain.BooksQueries;
import org.linli.fund.accounting.domain.ChartAccount;
import org.linli.fund.accounting.domain.PeriodPlan;
import org.linli.fund.accounting.domain.TrialBalance.Movement;

/**
 * Report queries over posted voucher lines. Lines are never updated once their voucher is posted,
 * so sums over them are the books; the ledger engine holds the same amounts per account. A closed
 * month is read from its month-end balances (written at close, {@link #writePeriodBalances}), the
 * other days ({@link PeriodPlan}) from their day balances (V67, added to by every posting, {@link
 * #addDayBalances}): a report reads no line at all, only a few rows per day of the open months. The
 * books' {@code day_balances} flag off makes it read those days from their lines instead (the
 * reference PeriodBalancesIT compares against).
 */
@ApplicationScoped
public class JpaBooksQueries implements BooksQueries {
  private static final String POSTED =
      " FROM accounting_voucher_line l JOIN accounting_voucher v"
          + " ON v.tenant_id = l.tenant_id AND v.id = l.voucher_id"
          + " WHERE l.tenant_id = ?1 AND v.status = 'POSTED'";
  private static final String CASH =
      "(l.account_code LIKE '1001%' OR l.account_code LIKE '1002%' OR l.account_code LIKE '1009%')";

  private static final String CACHE = JpaBooksQueries.class.getName() + ".cache";

  @Inject NativeSql db;
  @Resource TransactionSynchronizationRegistry registry;

  @Override
  public Map<String, Movement> movements(LocalDate from, LocalDate to) {
    Map<Key, Agg> before = totals(null, from.minusDays(1));
    Map<Key, Agg> during = totals(from, to);
    Map<String, Movement> m = new TreeMap<>();
    before.forEach(
        (k, a) -> m.merge(k.code(), new Movement(a.debit() - a.credit(), 0, 0), Movement::plus));
    during.forEach(
        (k, a) -> m.merge(k.code(), new Movement(0, a.debit(), a.credit()), Movement::plus));
    return m;
  }

  @Override
  public Map<String, Long> balancesAt(LocalDate at) {
    Map<String, Long> m = new TreeMap<>();
    totals(null, at).forEach((k, a) -> m.merge(k.code(), a.debit() - a.credit(), Long::sum));
    return m;
  }

  @Override
  public Map<String, Long> activity(LocalDate from, LocalDate to) {
    Map<String, Long> m = new TreeMap<>();
    totals(from, to)
        .forEach((k, a) -> m.merge(k.code(), a.debit() - a.credit() - a.closing(), Long::sum));
    return m;
  }

  @Override
  public long released(LocalDate from, LocalDate to) {
    long s = 0;
    for (var e : totals(from, to).entrySet()) {
      if (e.getKey().code().startsWith(ChartAccount.RESTRICTED_NET_ASSETS)) {
        s += e.getValue().released();
      }
    }
    return s;
  }

  @Override
  public Map<String, Long> counterCash(LocalDate from, LocalDate to) {
    // Each non-cash line of a voucher that moves cash brought (credit - debit) of that cash.
    Map<String, Long> m = new TreeMap<>();
    totals(from, to).forEach((k, a) -> m.merge(k.code(), a.counterCash(), Long::sum));
    return m;
  }

  @Override
  public List<FundBalance> incomeAndExpenseBalances(LocalDate upTo) {
    List<FundBalance> out = new ArrayList<>();
    totals(null, upTo)
        .forEach(
            (k, a) -> {
              long b = a.debit() - a.credit();
              if (b != 0 && (k.code().startsWith("4") || k.code().startsWith("5"))) {
                out.add(new FundBalance(k.code(), uuid(k.fund()), b));
              }
            });
    return out; // in key order: code, then fund with no fund last (as ORDER BY sorts nulls)
  }

  @Override
  public void writePeriodBalances(YearMonth month) {
    cache().clear();
    db.sql(
            "INSERT INTO accounting_period_snapshot (tenant_id, period, written_at)"
                + " VALUES (?1, ?2, now())")
        .setParameter(2, month.toString())
        .executeUpdate();
    tune();
    db.sql(
            "INSERT INTO accounting_period_balance (tenant_id, period, account_code, fund_id,"
                + " debit, credit, closing, released, counter_cash) SELECT ?1, ?4, a.* FROM ("
                + lineTotals(true)
                + ") a")
        .setParameter(2, date(month.atDay(1)))
        .setParameter(3, date(month.atEndOfMonth()))
        .setParameter(4, month.toString())
        .executeUpdate();
  }

  @Override
  public long balanceBefore(String code, LocalDate d) {
    long s = 0;
    for (var e : totals(null, d.minusDays(1)).entrySet()) {
      if (e.getKey().code().startsWith(code)) {
        s += e.getValue().debit() - e.getValue().credit();
      }
    }
    return s;
  }

  @Override
  public List<LedgerLine> detail(
      String code, LocalDate from, LocalDate to, String afterKey, int limit) {
    // Ordered by date, voucher number, line; the key is sortable text of the same three.
    return rows(db.sql(
                "SELECT * FROM (SELECT to_char(v.voucher_date, 'YYYY-MM-DD') || '/'"
                    + " || lpad(v.number::text, 6, '0') || '/' || lpad(l.line_no::text, 4, '0') AS k,"
                    + " v.voucher_date, v.id, v.number, l.account_code, coalesce(l.summary,"
                    + " v.summary), l.debit, l.credit, sum(l.debit - l.credit) OVER (ORDER BY"
                    + " v.voucher_date, v.number, l.line_no) AS running"
                    + POSTED
                    + " AND v.voucher_date BETWEEN ?2 AND ?3 AND l.account_code LIKE ?4) s"
                    + " WHERE s.k > ?5 ORDER BY s.k LIMIT ?6")
            .setParameter(2, date(from))
            .setParameter(3, date(to))
            .setParameter(4, code + "%")
            .setParameter(5, afterKey == null ? "" : afterKey)
            .setParameter(6, limit))
        .map(
            r ->
                new LedgerLine(
                    (String) r[0],
                    date(r[1]),
                    uuid(r[2]),
                    "记-%04d".formatted(((Number) r[3]).intValue()),
                    (String) r[4],
                    (String) r[5],
                    num(r[6]),
                    num(r[7]),
                    num(r[8])))
        .toList();
  }

  /** Credit − debit of an income or expense line, 0 for the other accounts. */
  private static final String SURPLUS =
      "CASE WHEN l.account_code LIKE '4%' OR l.account_code LIKE '5%'"
          + " THEN l.credit - l.debit ELSE 0 END";

  @Override
  public List<FundLine> fundLines(
      UUID fundId, LocalDate from, LocalDate to, String afterKey, int limit) {
    // The detail ledger's order and key (date, voucher number, line), on one fund's lines.
    return rows(db.sql(
                "SELECT * FROM (SELECT to_char(v.voucher_date, 'YYYY-MM-DD') || '/'"
                    + " || lpad(v.number::text, 6, '0') || '/' || lpad(l.line_no::text, 4, '0') AS k,"
                    + " v.voucher_date, v.id, v.number, l.account_code, l.account_name,"
                    + " coalesce(l.summary, v.summary), l.debit, l.credit, sum("
                    + SURPLUS
                    + ") OVER (ORDER BY v.voucher_date, v.number, l.line_no) AS running"
                    + POSTED
                    + " AND l.fund_id = ?4 AND v.voucher_date BETWEEN ?2 AND ?3) s"
                    + " WHERE s.k > ?5 ORDER BY s.k LIMIT ?6")
            .setParameter(2, date(from))
            .setParameter(3, date(to))
            .setParameter(4, fundId.toString())
            .setParameter(5, afterKey == null ? "" : afterKey)
            .setParameter(6, limit))
        .map(
            r ->
                new FundLine(
                    (String) r[0],
                    date(r[1]),
                    uuid(r[2]),
                    "记-%04d".formatted(((Number) r[3]).intValue()),
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    num(r[7]),
                    num(r[8]),
                    num(r[9])))
        .toList();
  }

  @Override
  public long fundSurplus(UUID fundId, LocalDate upTo) {
    return num(
        db.sql(
                "SELECT COALESCE(sum("
                    + SURPLUS
                    + "), 0)"
                    + POSTED
                    + " AND l.fund_id = ?2 AND v.voucher_date <= ?3")
            .setParameter(2, fundId.toString())
            .setParameter(3, date(upTo))
            .getSingleResult());
  }

  @Override
  public List<MonthTotals> monthly(String code, LocalDate from, LocalDate to) {
    // Closed months from their balances, the other days from their lines (by date, then by key).
    PeriodPlan plan = PeriodPlan.of(snapshots(), from, to);
    Map<String, long[]> m = new TreeMap<>();
    if (!plan.covered().isEmpty()) {
      rows(db.sql(
                  "SELECT period, sum(debit), sum(credit) FROM accounting_period_balance"
                      + " WHERE tenant_id = ?1 AND period BETWEEN ?2 AND ?3"
                      + " AND account_code LIKE ?4 GROUP BY period")
              .setParameter(2, plan.covered().get(0).toString())
              .setParameter(3, plan.covered().get(plan.covered().size() - 1).toString())
              .setParameter(4, code + "%"))
          .forEach(r -> add(m, (String) r[0], num(r[1]), num(r[2])));
    }
    for (PeriodPlan.Days d : plan.residual()) {
      if (dayBalances()) {
        rows(db.sql(
                    "SELECT to_char(voucher_date, 'YYYY-MM'), sum(debit), sum(credit)"
                        + " FROM accounting_day_balance WHERE tenant_id = ?1"
                        + " AND voucher_date BETWEEN coalesce(?2::date, '-infinity') AND ?3"
                        + " AND account_code LIKE ?4 GROUP BY 1")
                .setParameter(2, date(d.from()))
                .setParameter(3, date(d.to()))
                .setParameter(4, code + "%"))
            .forEach(r -> add(m, (String) r[0], num(r[1]), num(r[2])));
        continue;
      }
      tune();
      rows(db.sql(
                  "SELECT to_char(v.voucher_date, 'YYYY-MM'), sum(l.debit), sum(l.credit)"
                      + " FROM accounting_voucher v CROSS JOIN LATERAL (SELECT l.debit, l.credit"
                      + " FROM accounting_voucher_line l WHERE l.tenant_id = v.tenant_id"
                      + " AND l.voucher_id = v.id AND l.account_code LIKE ?4 OFFSET 0) l"
                      + " WHERE v.tenant_id = ?1 AND v.status = 'POSTED'"
                      + " AND v.voucher_date BETWEEN ?2 AND ?3 GROUP BY 1")
              .setParameter(2, date(d.from() == null ? from : d.from()))
              .setParameter(3, date(d.to()))
              .setParameter(4, code + "%"))
          .forEach(r -> add(m, (String) r[0], num(r[1]), num(r[2])));
    }
    return m.entrySet().stream()
        .map(e -> new MonthTotals(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
  }

  private static void add(Map<String, long[]> m, String period, long debit, long credit) {
    long[] t = m.computeIfAbsent(period, k -> new long[2]);
    t[0] += debit;
    t[1] += credit;
  }

  // --- Totals per account and fund: month-end balances of closed months + lines of the rest ---

  /** Per account code and fund (text id, null: none). Ordered by code, then fund, null last. */
  record Key(String code, String fund) implements Comparable<Key> {
    private static final Comparator<Key> ORDER =
        Comparator.comparing(Key::code)
            .thenComparing(Key::fund, Comparator.nullsLast(Comparator.naturalOrder()));

    @Override
    public int compareTo(Key o) {
      return ORDER.compare(this, o);
    }
  }

  /** What the reports need of a set of posted lines (see V45__period_balances.sql). */
  record Agg(long debit, long credit, long closing, long released, long counterCash) {
    Agg plus(Agg o) {
      return new Agg(
          debit + o.debit,
          credit + o.credit,
          closing + o.closing,
          released + o.released,
          counterCash + o.counterCash);
    }
  }

  /** The totals of the posted lines dated from {@code from} (null: the beginning) to {@code to}. */
  Map<Key, Agg> totals(LocalDate from, LocalDate to) {
    PeriodPlan plan = PeriodPlan.of(snapshots(), from, to);
    Map<Key, Agg> m = new TreeMap<>();
    if (!plan.covered().isEmpty()) {
      YearMonth first = plan.covered().get(0);
      YearMonth last = plan.covered().get(plan.covered().size() - 1);
      cached("snap|" + first + "|" + last, () -> snapshotTotals(first, last))
          .forEach((k, a) -> m.merge(k, a, Agg::plus));
    }
    boolean days = dayBalances();
    for (PeriodPlan.Days d : plan.residual()) {
      cached(
              (days ? "days|" : "lines|") + d.from() + "|" + d.to(),
              () -> days ? dayTotals(d.from(), d.to()) : lineTotals(d.from(), d.to()))
          .forEach((k, a) -> m.merge(k, a, Agg::plus));
    }
    return m;
  }

  @Override
  public List<ClosedPeriod> closedPeriods(String beforePeriod, int limit) {
    var q =
        db.sql(
                "SELECT p.period, p.closed_at, p.closed_by, v.id, v.number FROM ledger_period p"
                    + " LEFT JOIN accounting_voucher v ON v.tenant_id = p.tenant_id"
                    + " AND v.period = p.period AND v.source = 'CLOSING' AND v.status = 'POSTED'"
                    + " WHERE p.tenant_id = ?1"
                    + (beforePeriod == null ? "" : " AND p.period < ?3")
                    + " ORDER BY p.period DESC, v.number LIMIT ?2")
            .setParameter(2, limit);
    if (beforePeriod != null) {
      q.setParameter(3, beforePeriod);
    }
    return rows(q)
        .map(
            r ->
                new ClosedPeriod(
                    (String) r[0],
                    NativeSql.instant(r[1]),
                    (String) r[2],
                    uuid(r[3]),
                    r[4] == null ? null : "记-%04d".formatted(((Number) r[4]).intValue())))
        .toList();
  }

  @Override
  public List<TimeRestrictedFund> timeRestrictedFunds(LocalDate from, LocalDate to) {
    String funds =
        POSTED.replace(
                " WHERE",
                " JOIN accounting_fund f ON f.tenant_id = l.tenant_id AND f.id = l.fund_id WHERE")
            + " AND f.restricted_until IS NOT NULL AND v.voucher_date BETWEEN ?2 AND ?3";
    Map<String, Object[]> byFund = new TreeMap<>();
    rows(db.sql(
                "SELECT l.fund_id, f.restricted_until, sum(l.credit - l.debit)"
                    + funds
                    + " AND v.source <> 'CLOSING' AND l.account_code LIKE '4%'"
                    + " AND substr(l.account_code, 5, 2) = '02'"
                    + " GROUP BY l.fund_id, f.restricted_until")
            .setParameter(2, date(from))
            .setParameter(3, date(to)))
        .forEach(
            r ->
                byFund.put(
                    (String) r[0],
                    new Object[] {date(r[1]), num(r[2]), new java.util.ArrayList<FundRelease>()}));
    rows(db.sql(
                "SELECT l.fund_id, f.restricted_until, v.voucher_date, sum(l.debit - l.credit)"
                    + funds
                    + " AND v.source = 'RELEASE' AND l.account_code LIKE '3102%'"
                    + " GROUP BY l.fund_id, f.restricted_until, v.voucher_date"
                    + " ORDER BY v.voucher_date")
            .setParameter(2, date(from))
            .setParameter(3, date(to)))
        .forEach(
            r -> {
              Object[] f =
                  byFund.computeIfAbsent(
                      (String) r[0],
                      k -> new Object[] {date(r[1]), 0L, new java.util.ArrayList<FundRelease>()});
              @SuppressWarnings("unchecked")
              List<FundRelease> releases = (List<FundRelease>) f[2];
              releases.add(new FundRelease(date(r[2]), num(r[3])));
            });
    List<TimeRestrictedFund> out = new java.util.ArrayList<>();
    byFund.forEach(
        (id, f) -> {
          @SuppressWarnings("unchecked")
          List<FundRelease> releases = (List<FundRelease>) f[2];
          out.add(
              new TimeRestrictedFund(
                  uuid(id), (LocalDate) f[0], (Long) f[1], List.copyOf(releases)));
        });
    return out;
  }

  /** The months whose balances are written. */
  NavigableSet<YearMonth> snapshots() {
    return cached(
        "snapshots",
        () ->
            rows(db.sql("SELECT period, 0 FROM accounting_period_snapshot WHERE tenant_id = ?1"))
                .map(r -> YearMonth.parse((String) r[0]))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
  }

  /** Whether the days no month-end balance covers are read from their day balances (V67). */
  boolean dayBalances() {
    return cached(
        "dayBalances",
        () ->
            rows(db.sql("SELECT day_balances, 0 FROM accounting_books WHERE tenant_id = ?1"))
                .findFirst()
                .map(r -> Boolean.TRUE.equals(r[0]))
                .orElse(false));
  }

  @Override
  public void addDayBalances(UUID voucherId) {
    cache().clear();
    // The voucher's lines summed per account and fund (as lineTotals sums them), added to its
    // day's rows. Concurrent postings to the same day add, never overwrite (ON CONFLICT adds the
    // deltas under the row's lock), and take the rows' locks in key order, so two postings
    // cannot deadlock on them (they are also serialized on the period's number counter).
    db.sql(
            "INSERT INTO accounting_day_balance (tenant_id, voucher_date, account_code, fund_id,"
                + " debit, credit, closing, released, counter_cash)"
                + " SELECT ?1, voucher_date, account_code, fund_id, sum(debit), sum(credit),"
                + " sum(CASE WHEN source = 'CLOSING' THEN debit - credit ELSE 0 END),"
                + " sum(CASE WHEN source = 'RELEASE' THEN debit - credit ELSE 0 END),"
                + " sum(CASE WHEN source <> 'CLOSING' AND NOT cash AND moves_cash"
                + " THEN credit - debit ELSE 0 END)"
                + " FROM (SELECT v.voucher_date, l.account_code, l.fund_id, l.debit, l.credit,"
                + " v.source, l.cash, bool_or(l.cash) OVER () AS moves_cash"
                + " FROM accounting_voucher v JOIN (SELECT l.*, "
                + CASH
                + " AS cash FROM accounting_voucher_line l) l"
                + " ON l.tenant_id = v.tenant_id AND l.voucher_id = v.id"
                + " WHERE v.tenant_id = ?1 AND v.id = ?2 AND v.status = 'POSTED') x"
                + " GROUP BY voucher_date, account_code, fund_id"
                + " ORDER BY voucher_date, account_code, fund_id"
                + " ON CONFLICT ON CONSTRAINT accounting_day_balance_key DO UPDATE SET"
                + " debit = accounting_day_balance.debit + EXCLUDED.debit,"
                + " credit = accounting_day_balance.credit + EXCLUDED.credit,"
                + " closing = accounting_day_balance.closing + EXCLUDED.closing,"
                + " released = accounting_day_balance.released + EXCLUDED.released,"
                + " counter_cash = accounting_day_balance.counter_cash + EXCLUDED.counter_cash")
        .setParameter(2, voucherId.toString())
        .executeUpdate();
  }

  /** Totals from the day balances dated from {@code from} (null: the beginning) to {@code to}. */
  private Map<Key, Agg> dayTotals(LocalDate from, LocalDate to) {
    return aggregate(
        db.sql(
                "SELECT account_code, fund_id, sum(debit), sum(credit), sum(closing),"
                    + " sum(released), sum(counter_cash) FROM accounting_day_balance"
                    + " WHERE tenant_id = ?1"
                    + " AND voucher_date BETWEEN coalesce(?2::date, '-infinity') AND ?3"
                    + " GROUP BY account_code, fund_id")
            .setParameter(2, date(from))
            .setParameter(3, date(to)));
  }

  private Map<Key, Agg> snapshotTotals(YearMonth first, YearMonth last) {
    return aggregate(
        db.sql(
                "SELECT account_code, fund_id, sum(debit), sum(credit), sum(closing),"
                    + " sum(released), sum(counter_cash) FROM accounting_period_balance"
                    + " WHERE tenant_id = ?1 AND period BETWEEN ?2 AND ?3"
                    + " GROUP BY account_code, fund_id")
            .setParameter(2, first.toString())
            .setParameter(3, last.toString()));
  }

  private Map<Key, Agg> lineTotals(LocalDate from, LocalDate to) {
    tune();
    if (from == null) {
      return aggregate(db.sql(lineTotals(false)).setParameter(2, date(to)));
    }
    return aggregate(
        db.sql(lineTotals(true)).setParameter(2, date(from)).setParameter(3, date(to)));
  }

  /**
   * Per account and fund, the posted lines dated up to ?2, or from ?2 to ?3: debit, credit, the
   * closing and release vouchers' part, and the cash non-cash lines brought in vouchers that move
   * cash.
   *
   * <p>A bounded range (an open month, a part of one) walks the vouchers by date ({@code
   * accounting_voucher_list_idx}) and their lines by key, in one pass: the lateral subquery with
   * OFFSET 0 keeps the planner from hashing every line of the organization (bench/README.md: 7.8 s
   * instead of 1.9 s for a month of 286 k lines among 10 M), and the window over the voucher
   * follows the index order, so it needs no sort. An open start (no month closed before the date)
   * is left to the planner: it may have to read every line anyway.
   */
  private static String lineTotals(boolean from) {
    if (from) {
      return "SELECT account_code, fund_id, sum(debit), sum(credit),"
          + " sum(CASE WHEN source = 'CLOSING' THEN debit - credit ELSE 0 END),"
          + " sum(CASE WHEN source = 'RELEASE' THEN debit - credit ELSE 0 END),"
          + " sum(CASE WHEN source <> 'CLOSING' AND NOT cash AND moves_cash"
          + " THEN credit - debit ELSE 0 END)"
          + " FROM (SELECT l.account_code, l.fund_id, l.debit, l.credit, v.source, l.cash,"
          + " bool_or(l.cash) OVER (PARTITION BY v.voucher_date, v.id) AS moves_cash"
          + " FROM accounting_voucher v CROSS JOIN LATERAL (SELECT l.account_code, l.fund_id,"
          + " l.debit, l.credit, "
          + CASH
          + " AS cash FROM accounting_voucher_line l"
          + " WHERE l.tenant_id = v.tenant_id AND l.voucher_id = v.id OFFSET 0) l"
          + " WHERE v.tenant_id = ?1 AND v.status = 'POSTED'"
          + " AND v.voucher_date BETWEEN ?2 AND ?3) x"
          + " GROUP BY account_code, fund_id";
    }
    return "WITH x AS MATERIALIZED (SELECT l.voucher_id, l.account_code, l.fund_id, l.debit,"
        + " l.credit, v.source, "
        + CASH
        + " AS cash FROM accounting_voucher v JOIN accounting_voucher_line l"
        + " ON l.tenant_id = v.tenant_id AND l.voucher_id = v.id"
        + " WHERE v.tenant_id = ?1 AND v.status = 'POSTED' AND v.voucher_date <= ?2"
        + "), c AS (SELECT DISTINCT voucher_id FROM x WHERE cash)"
        + " SELECT x.account_code, x.fund_id, sum(x.debit), sum(x.credit),"
        + " sum(CASE WHEN x.source = 'CLOSING' THEN x.debit - x.credit ELSE 0 END),"
        + " sum(CASE WHEN x.source = 'RELEASE' THEN x.debit - x.credit ELSE 0 END),"
        + " sum(CASE WHEN x.source <> 'CLOSING' AND NOT x.cash AND c.voucher_id IS NOT NULL"
        + " THEN x.credit - x.debit ELSE 0 END)"
        + " FROM x LEFT JOIN c ON c.voucher_id = x.voucher_id GROUP BY x.account_code, x.fund_id";
  }

  private static Map<Key, Agg> aggregate(jakarta.persistence.Query q) {
    Map<Key, Agg> m = new TreeMap<>();
    rows(q)
        .forEach(
            r ->
                m.put(
                    new Key((String) r[0], (String) r[1]),
                    new Agg(num(r[2]), num(r[3]), num(r[4]), num(r[5]), num(r[6]))));
    return m;
  }

  /**
   * For this transaction: no JIT (2-3 s of compiling for a 15-row answer) and room for the hash of
   * a month of lines. Once per transaction.
   */
  private void tune() {
    cached(
        "tuned",
        () ->
            db.sql(
                    "SELECT set_config('jit', 'off', true), set_config('work_mem', '64MB', true)"
                        + " WHERE ?1::text IS NOT NULL")
                .getResultList());
  }

  /** A value computed once per transaction (several statements read the same months). */
  @SuppressWarnings("unchecked")
  private <T> T cached(String key, Supplier<T> compute) {
    Map<String, Object> c = cache();
    Object v = c.get(key);
    if (v == null) {
      v = compute.get();
      c.put(key, v);
    }
    return (T) v;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> cache() {
    if (registry == null || registry.getTransactionKey() == null) {
      return new HashMap<>();
    }
    Object c = registry.getResource(CACHE);
    if (c == null) {
      c = new HashMap<String, Object>();
      registry.putResource(CACHE, c);
    }
    return (Map<String, Object>) c;
  }
}
