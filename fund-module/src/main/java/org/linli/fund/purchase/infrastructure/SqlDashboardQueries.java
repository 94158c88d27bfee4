package org.linli.fund.purchase.infrastructure;

import static org.linli.fund.purchase.infrastructure.PurchaseSql.date;
import static org.linli.fund.purchase.infrastructure.PurchaseSql.rows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.linli.fund.purchase.domain.AnomalyRule;
import org.linli.fund.purchase.domain.ContractStatus;
import org.linli.fund.purchase.domain.DashboardQueries;
import org.linli.fund.purchase.domain.FlagStatus;
import org.linli.fund.purchase.domain.ServiceUnit;
import org.linli.fund.purchase.domain.Side;

/**
 * The dashboards' reads: contracts and items of one side's copies, and the V65 daily rollups
 * grouped by month. Every statement leads with the tenant (parameter 1) so the (tenant_id, ...)
 * keys serve it; row level security checks the tenant again. Drafts and declined proposals carry no
 * orders and are left out.
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
      params.add(value);
      where.append(clause).append(params.size() + 1);
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
   * Each day is priced by the version in force on it (the last effective on or before it, else
   * version 1), as ServiceOrders.itemOn prices an order.
   */
  @Override
  public List<OrderCell> orderCells(Scope scope) {
    Filter f = new Filter(scope);
    String where = f.days(scope, "d.service_date");
    return rows(f.bind(
            db.sql(
                "WITH v AS (SELECT contract_id, version, effective_from,"
                    + " lead(effective_from) OVER (PARTITION BY contract_id ORDER BY version)"
                    + " AS until FROM purchase_contract_version cv WHERE tenant_id = ?1"
                    // An amendment the provider has not accepted (or refused) never applies.
                    + " AND NOT EXISTS (SELECT 1 FROM purchase_contract_amendment a"
                    + " WHERE a.tenant_id = cv.tenant_id AND a.contract_id = cv.contract_id"
                    + " AND a.version = cv.version AND a.state <> 'ACCEPTED'))"
                    + " SELECT d.contract_id, d.item_code, to_char(d.service_date, 'YYYY-MM'),"
                    + " d.status, d.satisfaction, sum(d.orders),"
                    + " sum(d.orders * coalesce(i.unit_price, 0))"
                    + " FROM purchase_contract c"
                    + " JOIN purchase_order_day d ON d.tenant_id = c.tenant_id"
                    + " AND d.contract_id = c.id"
                    + " LEFT JOIN v ON v.contract_id = d.contract_id"
                    + " AND (v.version = 1 OR d.service_date >= v.effective_from)"
                    + " AND (v.until IS NULL OR d.service_date < v.until)"
                    + " LEFT JOIN purchase_contract_item i ON i.tenant_id = d.tenant_id"
                    + " AND i.contract_id = d.contract_id AND i.version = v.version"
                    + " AND i.code = d.item_code"
                    + " WHERE c.tenant_id = ?1 AND d.orders > 0"
                    + where
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
    String where = f.days(scope, "d.service_date");
    return rows(f.bind(
            db.sql(
                "SELECT d.contract_id, d.rule, d.status, sum(d.flags)"
                    + " FROM purchase_contract c"
                    + " JOIN purchase_flag_day d ON d.tenant_id = c.tenant_id"
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
}
