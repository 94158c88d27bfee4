package org.linli.fund.accounting.infrastructure;

import static org.linli.fund.accounting.infrastructure.NativeSql.date;
import static org.linli.fund.accounting.infrastructure.NativeSql.num;
import static org.linli.fund.accounting.infrastructure.NativeSql.rows;
import static org.linli.fund.accounting.infrastructure.NativeSql.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.linli.fund.accounting.domain.BooksQueries;
import org.linli.fund.accounting.domain.TrialBalance.Movement;

/**
 * Report queries over posted voucher lines. Lines are never updated once their voucher is posted,
 * so sums over them are the books; the ledger engine holds the same amounts per account.
 */
@ApplicationScoped
public class JpaBooksQueries implements BooksQueries {
  private static final String POSTED =
      " FROM accounting_voucher_line l JOIN accounting_voucher v"
          + " ON v.tenant_id = l.tenant_id AND v.id = l.voucher_id"
          + " WHERE l.tenant_id = ?1 AND v.status = 'POSTED'";
  private static final String CASH =
      "(l.account_code LIKE '1001%' OR l.account_code LIKE '1002%' OR l.account_code LIKE '1009%')";

  @Inject NativeSql db;

  @Override
  public Map<String, Movement> movements(LocalDate from, LocalDate to) {
    Map<String, Movement> m = new TreeMap<>();
    rows(db.sql(
                "SELECT l.account_code,"
                    + " sum(CASE WHEN v.voucher_date < ?2 THEN l.debit - l.credit ELSE 0 END),"
                    + " sum(CASE WHEN v.voucher_date >= ?2 THEN l.debit ELSE 0 END),"
                    + " sum(CASE WHEN v.voucher_date >= ?2 THEN l.credit ELSE 0 END)"
                    + POSTED
                    + " AND v.voucher_date <= ?3 GROUP BY l.account_code")
            .setParameter(2, date(from))
            .setParameter(3, date(to)))
        .forEach(r -> m.put((String) r[0], new Movement(num(r[1]), num(r[2]), num(r[3]))));
    return m;
  }

  @Override
  public Map<String, Long> balancesAt(LocalDate at) {
    return sums(
        "SELECT l.account_code, sum(l.debit - l.credit)"
            + POSTED
            + " AND v.voucher_date <= ?2 GROUP BY l.account_code",
        at,
        null);
  }

  @Override
  public Map<String, Long> activity(LocalDate from, LocalDate to) {
    return sums(
        "SELECT l.account_code, sum(l.debit - l.credit)"
            + POSTED
            + " AND v.voucher_date BETWEEN ?2 AND ?3 AND v.source <> 'CLOSING'"
            + " GROUP BY l.account_code",
        from,
        to);
  }

  @Override
  public long released(LocalDate from, LocalDate to) {
    return num(
        db.sql(
                "SELECT coalesce(sum(l.debit - l.credit), 0)"
                    + POSTED
                    + " AND v.voucher_date BETWEEN ?2 AND ?3 AND v.source = 'RELEASE'"
                    + " AND l.account_code LIKE '3102%'")
            .setParameter(2, date(from))
            .setParameter(3, date(to))
            .getSingleResult());
  }

  @Override
  public Map<String, Long> counterCash(LocalDate from, LocalDate to) {
    // Each non-cash line of a voucher that moves cash brought (credit - debit) of that cash.
    return sums(
        "SELECT l.account_code, sum(l.credit - l.debit)"
            + POSTED
            + " AND v.voucher_date BETWEEN ?2 AND ?3 AND v.source <> 'CLOSING' AND NOT "
            + CASH
            + " AND EXISTS (SELECT 1 FROM accounting_voucher_line l2 WHERE l2.tenant_id = l.tenant_id"
            + "   AND l2.voucher_id = l.voucher_id AND (l2.account_code LIKE '1001%'"
            + "   OR l2.account_code LIKE '1002%' OR l2.account_code LIKE '1009%'))"
            + " GROUP BY l.account_code",
        from,
        to);
  }

  @Override
  public List<FundBalance> incomeAndExpenseBalances(LocalDate upTo) {
    return rows(db.sql(
                "SELECT l.account_code, l.fund_id, sum(l.debit - l.credit)"
                    + POSTED
                    + " AND v.voucher_date <= ?2 AND (l.account_code LIKE '4%' OR l.account_code"
                    + " LIKE '5%') GROUP BY l.account_code, l.fund_id"
                    + " HAVING sum(l.debit - l.credit) <> 0 ORDER BY l.account_code, l.fund_id")
            .setParameter(2, date(upTo)))
        .map(r -> new FundBalance((String) r[0], uuid(r[1]), num(r[2])))
        .toList();
  }

  @Override
  public long balanceBefore(String code, LocalDate d) {
    return num(
        db.sql(
                "SELECT coalesce(sum(l.debit - l.credit), 0)"
                    + POSTED
                    + " AND v.voucher_date < ?2 AND l.account_code LIKE ?3")
            .setParameter(2, date(d))
            .setParameter(3, code + "%")
            .getSingleResult());
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

  @Override
  public List<MonthTotals> monthly(String code, LocalDate from, LocalDate to) {
    return rows(db.sql(
                "SELECT to_char(v.voucher_date, 'YYYY-MM'), sum(l.debit), sum(l.credit)"
                    + POSTED
                    + " AND v.voucher_date BETWEEN ?2 AND ?3 AND l.account_code LIKE ?4"
                    + " GROUP BY 1 ORDER BY 1")
            .setParameter(2, date(from))
            .setParameter(3, date(to))
            .setParameter(4, code + "%"))
        .map(r -> new MonthTotals((String) r[0], num(r[1]), num(r[2])))
        .toList();
  }

  private Map<String, Long> sums(String statement, LocalDate a, LocalDate b) {
    var q = db.sql(statement).setParameter(2, date(a));
    if (b != null) {
      q.setParameter(3, date(b));
    }
    Map<String, Long> m = new TreeMap<>();
    rows(q).forEach(r -> m.put((String) r[0], num(r[1])));
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
}
