package org.linli.fund.purchase.infrastructure;

import static org.linli.fund.purchase.infrastructure.PurchaseSql.date;
import static org.linli.fund.purchase.infrastructure.PurchaseSql.rows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.linli.fund.purchase.domain.AnomalyRule;
import org.linli.fund.purchase.domain.CheckResult;
import org.linli.fund.purchase.domain.ContractStatus;
import org.linli.fund.purchase.domain.DashboardQueries;
import org.linli.fund.purchase.domain.FlagStatus;
import org.linli.fund.purchase.domain.RectificationStatus;
import org.linli.fund.purchase.domain.ServiceUnit;
import org.linli.fund.purchase.domain.SettlementStatus;
import org.linli.fund.purchase.domain.Side;

/**
 * The dashboards' reads: contracts and items of one side's copies, the V69 monthly rollups (the V65
 * daily ones where a month needs pricing day by day), samples, rectifications and settlements.
 * Every statement leads with the tenant (parameter 1) so the (tenant_id, ...) keys serve it; row
 * level security checks the tenant again. Drafts and declined proposals carry no orders and are
 * left out.
 */
@ApplicationScoped
public class SqlDashboardQueries implements DashboardQueries {
  @Inject PurchaseSql db;

  /** The contracts of the scope, as a join condition on alias {@code c}; binds 2 and up. */
  private static final class Filter {
    final StringBuilder where = new StringBuilder();
    final List<Object> params = new ArrayList<>();

    Filter(Scope s) {
      add(" AND c.side = ?", s.side().name());
      where.append(" AND c.status NOT IN ('DRAFT', 'DECLINED')");
      if (s.contractId() != null) {
        add(" AND c.id = ?", s.contractId());
      }
      if (s.partyOrg() != null) {
        add(
            s.side() == Side.BUYER ? " AND c.provider_org = ?" : " AND c.buyer_org = ?",
            s.partyOrg());
      }
    }

    void add(String clause, Object value) {
      where.append(clause).append(param(value));
    }

    /** Binds one more parameter, returns its number (not added to the where clause). */
    int param(Object value) {
      params.add(value);
      return params.size() + 1;
    }

    /** Binds the month range as the next two parameters: [first day, day after). */
    String days(Scope s, String column) {
      add(" AND " + column + " >= ?", date(s.firstDay()));
      add(" AND " + column + " < ?", date(s.dayAfter()));
      return where.toString();
    }

    Query bind(Query q) {
      for (int i = 0; i < params.size(); i++) {
        q.setParameter(i + 2, params.get(i));
      }
      return q;
    }
  }

  @Override
  public List<ContractRow> contracts(Scope scope) {
    Filter f = new Filter(scope);
    String party = scope.side() == Side.BUYER ? "provider" : "buyer";
    return rows(f.bind(
            db.sql(
                "SELECT c.id, c.number, c.title, c."
                    + party
                    + "_org, c."
                    + party
                    + "_name, c.status, c.term_start, c.term_end, c.total_amount"
                    + " FROM purchase_contract c WHERE c.tenant_id = ?1"
                    + f.where
                    + " ORDER BY c."
                    + party
                    + "_name, c.number, c.id")))
        .map(
            r ->
                new ContractRow(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    ContractStatus.valueOf((String) r[5]),
                    date(r[6]),
                    date(r[7]),
                    ((Number) r[8]).longValue()))
        .toList();
  }

  @Override
  public List<ItemRow> items(Scope scope) {
    Filter f = new Filter(scope);
    return rows(f.bind(
            db.sql(
                "SELECT i.contract_id, i.code, i.name, i.unit, i.unit_price, i.quantity"
                    + " FROM purchase_contract c JOIN purchase_contract_item i"
                    + " ON i.tenant_id = c.tenant_id AND i.contract_id = c.id"
                    + " AND i.version = c.current_version"
                    + " WHERE c.tenant_id = ?1"
                    + f.where
                    + " ORDER BY i.contract_id, i.position")))
        .map(
            r ->
                new ItemRow(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    ServiceUnit.valueOf((String) r[3]),
                    ((Number) r[4]).longValue(),
                    ((Number) r[5]).intValue()))
        .toList();
  }

  /**
   * The versions of the contracts in force, each with the day the next one starts: an amendment the
   * provider has not accepted (or refused) never applies. As ServiceOrders.itemOn prices an order,
   * a day is priced by the last version effective on or before it, else version 1.
   */
  private static final String VERSIONS =
      "WITH v AS (SELECT contract_id, version, effective_from,"
          + " lead(effective_from) OVER (PARTITION BY contract_id ORDER BY version)"
          + " AS until FROM purchase_contract_version cv WHERE tenant_id = ?1"
          + " AND NOT EXISTS (SELECT 1 FROM purchase_contract_amendment a"
          + " WHERE a.tenant_id = cv.tenant_id AND a.contract_id = cv.contract_id"
          + " AND a.version = cv.version AND a.state <> 'ACCEPTED')),"
          // Contract months in which a version takes effect on a day other than the 1st: the
          // month's first day does not price all of it, so these months are read by day.
          + " cut AS (SELECT DISTINCT contract_id,"
          + " CAST(date_trunc('month', effective_from) AS date) AS month FROM v"
          + " WHERE version > 1 AND extract(day FROM effective_from) <> 1)";

  /**
   * Reads the V69 monthly rollup, each month priced by the version in force on its first day,
   * except the contract months in {@code cut}, which are read from the V65 daily rollup and priced
   * day by day. Both give exactly what the daily rollup alone gives (PurchaseDashboardIT).
   */
  @Override
  public List<OrderCell> orderCells(Scope scope) {
    Filter f = new Filter(scope);
    int from = f.param(date(scope.firstDay()));
    int until = f.param(date(scope.dayAfter()));
    String where = f.where.toString();
    return rows(f.bind(
            db.sql(
                VERSIONS
                    + " SELECT m.contract_id, m.item_code, to_char(m.month, 'YYYY-MM'),"
                    + " m.status, m.satisfaction, sum(m.orders),"
                    + " sum(m.orders * coalesce(i.unit_price, 0))"
                    + " FROM purchase_contract c"
                    + " JOIN purchase_order_month m ON m.tenant_id = c.tenant_id"
                    + " AND m.contract_id = c.id"
                    + " LEFT JOIN v ON v.contract_id = m.contract_id"
                    + " AND (v.version = 1 OR m.month >= v.effective_from)"
                    + " AND (v.until IS NULL OR m.month < v.until)"
                    + " LEFT JOIN purchase_contract_item i ON i.tenant_id = m.tenant_id"
                    + " AND i.contract_id = m.contract_id AND i.version = v.version"
                    + " AND i.code = m.item_code"
                    + " WHERE c.tenant_id = ?1 AND m.orders > 0"
                    + where
                    + " AND m.month >= ?"
                    + from
                    + " AND m.month < ?"
                    + until
                    + " AND NOT EXISTS (SELECT 1 FROM cut WHERE cut.contract_id = m.contract_id"
                    + " AND cut.month = m.month)"
                    + " GROUP BY 1, 2, 3, 4, 5"
                    + " UNION ALL"
                    + " SELECT d.contract_id, d.item_code, to_char(d.service_date, 'YYYY-MM'),"
                    + " d.status, d.satisfaction, sum(d.orders),"
                    + " sum(d.orders * coalesce(i.unit_price, 0))"
                    + " FROM cut JOIN purchase_contract c ON c.tenant_id = ?1"
                    + " AND c.id = cut.contract_id"
                    + " JOIN purchase_order_day d ON d.tenant_id = c.tenant_id"
                    + " AND d.contract_id = c.id AND d.service_date >= cut.month"
                    + " AND d.service_date < CAST(cut.month + interval '1 month' AS date)"
                    + " LEFT JOIN v ON v.contract_id = d.contract_id"
                    + " AND (v.version = 1 OR d.service_date >= v.effective_from)"
                    + " AND (v.until IS NULL OR d.service_date < v.until)"
                    + " LEFT JOIN purchase_contract_item i ON i.tenant_id = d.tenant_id"
                    + " AND i.contract_id = d.contract_id AND i.version = v.version"
                    + " AND i.code = d.item_code"
                    + " WHERE d.orders > 0"
                    + where
                    + " AND d.service_date >= ?"
                    + from
                    + " AND d.service_date < ?"
                    + until
                    + " GROUP BY 1, 2, 3, 4, 5")))
        .map(
            r ->
                new OrderCell(
                    (String) r[0],
                    (String) r[1],
                    YearMonth.parse((String) r[2]),
                    (String) r[3],
                    ((Number) r[4]).intValue(),
                    ((Number) r[5]).longValue(),
                    ((Number) r[6]).longValue()))
        .toList();
  }

  @Override
  public List<FlagCell> flagCells(Scope scope) {
    Filter f = new Filter(scope);
    String where = f.days(scope, "d.month");
    return rows(f.bind(
            db.sql(
                "SELECT d.contract_id, d.rule, d.status, sum(d.flags)"
                    + " FROM purchase_contract c"
                    + " JOIN purchase_flag_month d ON d.tenant_id = c.tenant_id"
                    + " AND d.contract_id = c.id"
                    + " WHERE c.tenant_id = ?1 AND d.flags > 0"
                    + where
                    + " GROUP BY 1, 2, 3")))
        .map(
            r ->
                new FlagCell(
                    (String) r[0],
                    AnomalyRule.valueOf((String) r[1]),
                    FlagStatus.valueOf((String) r[2]),
                    ((Number) r[3]).longValue()))
        .toList();
  }

  private static final String SAMPLES =
      " FROM purchase_contract c JOIN purchase_sample s ON s.tenant_id = c.tenant_id"
          + " AND s.contract_id = c.id AND s.status = 'ACTIVE'"
          + " WHERE c.tenant_id = ?1";

  @Override
  public List<SampleCell> samples(Scope scope) {
    Filter f = new Filter(scope);
    String where = f.days(scope, "s.month");
    return rows(f.bind(
            db.sql(
                "SELECT s.contract_id, to_char(s.month, 'YYYY-MM'), sum(s.population_size),"
                    + " sum(s.sample_size)"
                    + SAMPLES
                    + where
                    + " GROUP BY 1, 2")))
        .map(
            r ->
                new SampleCell(
                    (String) r[0],
                    YearMonth.parse((String) r[1]),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()))
        .toList();
  }

  /** The latest check of each drawn order (append-only checks: the highest seq holds). */
  @Override
  public List<CheckCell> checks(Scope scope) {
    Filter f = new Filter(scope);
    String where = f.days(scope, "s.month");
    return rows(f.bind(
            db.sql(
                "SELECT s.contract_id, to_char(s.month, 'YYYY-MM'),"
                    + " (SELECT k.result FROM purchase_sample_check k"
                    + " WHERE k.tenant_id = m.tenant_id AND k.sample_id = m.sample_id"
                    + " AND k.order_id = m.order_id ORDER BY k.seq DESC LIMIT 1),"
                    + " count(*)"
                    + " FROM purchase_contract c JOIN purchase_sample s"
                    + " ON s.tenant_id = c.tenant_id AND s.contract_id = c.id"
                    + " AND s.status = 'ACTIVE'"
                    + " JOIN purchase_sample_member m ON m.tenant_id = s.tenant_id"
                    + " AND m.sample_id = s.id AND m.position IS NOT NULL"
                    + " WHERE c.tenant_id = ?1"
                    + where
                    + " GROUP BY 1, 2, 3")))
        .map(
            r ->
                new CheckCell(
                    (String) r[0],
                    YearMonth.parse((String) r[1]),
                    r[2] == null ? null : CheckResult.valueOf((String) r[2]),
                    ((Number) r[3]).longValue()))
        .toList();
  }

  private static final String RECTIFICATIONS =
      " FROM purchase_contract c JOIN purchase_rectification r ON r.tenant_id = c.tenant_id"
          + " AND r.contract_id = c.id WHERE c.tenant_id = ?1";

  /** Pending (OPEN: unanswered, ANSWERED: not yet closed) after the deadline. */
  private static final String PENDING_LATE = "r.status IN ('OPEN', 'ANSWERED') AND r.deadline < ?";

  @Override
  public List<RectificationCell> rectifications(Scope scope, LocalDate today) {
    Filter f = new Filter(scope);
    int t = f.param(date(today));
    String where = f.days(scope, "r.month");
    return rows(f.bind(
            db.sql(
                "SELECT r.contract_id, r.status, count(*), count(*) FILTER (WHERE "
                    + PENDING_LATE
                    + t
                    + ")"
                    + RECTIFICATIONS
                    + where
                    + " GROUP BY 1, 2")))
        .map(
            r ->
                new RectificationCell(
                    (String) r[0],
                    RectificationStatus.valueOf((String) r[1]),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()))
        .toList();
  }

  @Override
  public List<LateRectification> lateRectifications(Scope scope, LocalDate today, int limit) {
    Filter f = new Filter(scope);
    int t = f.param(date(today));
    int n = f.param(limit);
    String where = f.days(scope, "r.month");
    return rows(f.bind(
            db.sql(
                "SELECT r.id, r.contract_id, r.order_id, to_char(r.month, 'YYYY-MM'),"
                    + " r.deadline, r.status, CAST(?"
                    + t
                    + " AS date) - r.deadline"
                    + RECTIFICATIONS
                    + where
                    + " AND "
                    + PENDING_LATE
                    + t
                    + " ORDER BY r.deadline, r.id LIMIT ?"
                    + n)))
        .map(
            r ->
                new LateRectification(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    YearMonth.parse((String) r[3]),
                    date(r[4]),
                    RectificationStatus.valueOf((String) r[5]),
                    ((Number) r[6]).longValue()))
        .toList();
  }

  /** The settlements of the scope's months (month is text yyyy-MM there). */
  @Override
  public List<SettlementCell> settlements(Scope scope) {
    Filter f = new Filter(scope);
    int from = f.param(scope.from().toString());
    int to = f.param(scope.to().toString());
    return rows(f.bind(
            db.sql(
                "SELECT s.contract_id, s.month, s.status, count(*), sum(s.order_count),"
                    + " sum(s.gross_amount), sum(s.deduction_amount), sum(s.amount_due)"
                    + " FROM purchase_contract c JOIN purchase_settlement s"
                    + " ON s.tenant_id = c.tenant_id AND s.contract_id = c.id"
                    + " WHERE c.tenant_id = ?1"
                    + f.where
                    + " AND s.month >= ?"
                    + from
                    + " AND s.month <= ?"
                    + to
                    + " GROUP BY 1, 2, 3")))
        .map(
            r ->
                new SettlementCell(
                    (String) r[0],
                    YearMonth.parse((String) r[1]),
                    SettlementStatus.valueOf((String) r[2]),
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue(),
                    ((Number) r[6]).longValue(),
                    ((Number) r[7]).longValue()))
        .toList();
  }
}
