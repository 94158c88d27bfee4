package org.linli.fund.purchase.infrastructure;

import static org.linli.fund.purchase.infrastructure.PurchaseSql.date;
import static org.linli.fund.purchase.infrastructure.PurchaseSql.instant;
import static org.linli.fund.purchase.infrastructure.PurchaseSql.rows;
import static org.linli.fund.purchase.infrastructure.PurchaseSql.ts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linli.fund.purchase.domain.Contract;
import org.linli.fund.purchase.domain.ServiceUnit;
import org.linli.fund.purchase.domain.SettledOrder;
import org.linli.fund.purchase.domain.Settlement;
import org.linli.fund.purchase.domain.SettlementDeductionSource;
import org.linli.fund.purchase.domain.SettlementLine;
import org.linli.fund.purchase.domain.SettlementRepository;
import org.linli.fund.purchase.domain.SettlementStatus;
import org.linli.fund.purchase.domain.Side;

/**
 * Settlements in SQL: a month's figures are computed set-wise from the buyer's copy of the orders
 * (a month can hold 100,000 orders), never row by row in Java. Parameter 1 is always the
 * transaction's tenant.
 */
@ApplicationScoped
public class JpaSettlementRepository implements SettlementRepository {
  private static final String COLUMNS =
      "id, side, contract_id, buyer_org, provider_org, contract_no, month, status, version,"
          + " order_count, gross_amount, deduction_amount, amount_due, drafted_by, drafted_at,"
          + " accepted_by, accepted_at, invoice_no, invoice_amount, invoiced_by, invoiced_at,"
          + " paid_on, payment_ref, paid_by, paid_at, accrual_voucher_id, payment_voucher_id";

  /**
   * The contract version in force (its amendment accepted, if any) on day {@code <day>} of contract
   * ?3; {@code <day>} is replaced by the day's expression.
   */
  private static final String VERSION_ON =
      "SELECT COALESCE(max(v.version), 1) AS version"
          + " FROM purchase_contract_version v LEFT JOIN purchase_contract_amendment a"
          + " ON a.tenant_id = v.tenant_id AND a.contract_id = v.contract_id"
          + " AND a.version = v.version WHERE v.tenant_id = ?1"
          + " AND v.contract_id = ?3 AND v.effective_from <= <day>"
          + " AND (a.state IS NULL OR a.state = 'ACCEPTED')";

  /**
   * A contract's orders (?3) of days ?4..?5 with the unit price of the version in force on the
   * service date, looked up once per day of the range (not once per order: a month can hold 100,000
   * orders); callers add the status condition.
   */
  private static final String PRICED_ORDERS =
      "SELECT o.id AS order_id, o.buyer_org, o.provider_org, o.item_code, i.unit_price,"
          + " o.service_date, o.status"
          + " FROM purchase_order o"
          + " JOIN (SELECT CAST(g.day AS date) AS day, ("
          + VERSION_ON.replace("<day>", "CAST(g.day AS date)")
          + ") AS version FROM generate_series(CAST(?4 AS date), CAST(?5 AS date),"
          + "   interval '1 day') g(day)) vv ON vv.day = o.service_date"
          + " JOIN purchase_contract_item i ON i.tenant_id = o.tenant_id"
          + "   AND i.contract_id = o.contract_id AND i.version = vv.version AND i.code = o.item_code"
          + " WHERE o.tenant_id = ?1 AND o.contract_id = ?3 AND o.service_date BETWEEN ?4 AND ?5";

  /** The month's completed (or rated) orders, priced: the set a draft settles. */
  private static final String MONTH_ORDERS =
      PRICED_ORDERS + " AND o.status IN ('COMPLETED', 'RATED')";

  /**
   * The same for a few given orders (callers add {@code AND o.id = ...}): priced per order, so it
   * reads only those.
   */
  private static final String MONTH_ORDER =
      "SELECT o.id AS order_id, o.buyer_org, o.provider_org, o.item_code, i.unit_price,"
          + " o.service_date, o.status"
          + " FROM purchase_order o CROSS JOIN LATERAL ("
          + VERSION_ON.replace("<day>", "o.service_date")
          + ") vv JOIN purchase_contract_item i ON i.tenant_id = o.tenant_id"
          + "   AND i.contract_id = o.contract_id AND i.version = vv.version AND i.code = o.item_code"
          + " WHERE o.tenant_id = ?1 AND o.contract_id = ?3 AND o.service_date BETWEEN ?4 AND ?5"
          + " AND o.status IN ('COMPLETED', 'RATED')";

  /**
   * The month's completed orders that a flag deducts: a rejected flag before an open one; the
   * detail lists the rules. Starts from the flags (a few), not from the month's orders.
   */
  private static final String FLAGGED_ORDERS =
      "SELECT m.order_id, m.buyer_org, m.provider_org, m.item_code, m.unit_price, m.service_date,"
          + " CASE WHEN f.rejected IS NOT NULL THEN 'REJECTED_FLAG' ELSE 'OPEN_FLAG' END AS reason,"
          + " COALESCE(f.rejected, f.open) AS detail"
          + " FROM (SELECT fl.order_id,"
          + "   string_agg(fl.rule, ',' ORDER BY fl.rule) FILTER (WHERE fl.status = 'REJECTED')"
          + "     AS rejected,"
          + "   string_agg(fl.rule, ',' ORDER BY fl.rule) FILTER (WHERE fl.status = 'OPEN') AS open"
          + "   FROM purchase_order_flag fl WHERE fl.tenant_id = ?1 AND fl.contract_id = ?3"
          + "   AND fl.status IN ('OPEN', 'REJECTED') GROUP BY fl.order_id) f"
          + " JOIN LATERAL ("
          + MONTH_ORDER
          + " AND o.id = f.order_id) m ON true";

  /**
   * The fingerprint of the month's set of orders with their unit prices (count and sum of 64-bit
   * hashes: no sort of the month): a draft stores it, and acceptance compares it (an order
   * completed since, one no longer completed, a price changed by an amendment accepted since: the
   * draft is stale). Read from {@code m} = MONTH_ORDERS.
   */
  private static final String DIGEST =
      "count(*) || ':' || COALESCE(sum(hashtextextended(m.order_id || ':' || m.unit_price, 0)), 0)";

  @Inject PurchaseSql db;

  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Override
  public Optional<Settlement> find(String id) {
    return one(
        db.sql("SELECT " + COLUMNS + " FROM purchase_settlement WHERE tenant_id = ?1 AND id = ?2")
            .setParameter(2, id));
  }

  @Override
  public Optional<Settlement> findByMonth(String contractId, YearMonth month) {
    return one(
        db.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM purchase_settlement WHERE tenant_id = ?1 AND contract_id = ?2"
                    + " AND month = ?3")
            .setParameter(2, contractId)
            .setParameter(3, month.toString()));
  }

  @Override
  public List<Settlement> list(String contractId, String afterMonth, String afterId, int limit) {
    Query q =
        db.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM purchase_settlement WHERE tenant_id = ?1"
                    + " AND (CAST(?2 AS text) IS NULL OR contract_id = ?2)"
                    + " AND (CAST(?3 AS text) IS NULL OR month < ?3 OR (month = ?3 AND id > ?4))"
                    + " ORDER BY month DESC, id LIMIT ?5")
            .setParameter(2, contractId)
            .setParameter(3, afterMonth)
            .setParameter(4, afterId)
            .setParameter(5, limit);
    return rows(q).map(JpaSettlementRepository::settlement).toList();
  }

  @Override
  public Settlement draft(
      String id,
      Contract contract,
      YearMonth month,
      Map<String, Map<String, String>> extra,
      String by,
      Instant at) {
    List<?> ids =
        db.sql(
                "INSERT INTO purchase_settlement (tenant_id, id, side, contract_id, buyer_org,"
                    + " provider_org, contract_no, month, status, version, order_count,"
                    + " gross_amount, deduction_amount, amount_due, drafted_by, drafted_at)"
                    + " VALUES (?1, ?2, 'BUYER', ?3, ?4, ?5, ?6, ?7, 'DRAFT', 1, 0, 0, 0, 0, ?8,"
                    + " ?9) ON CONFLICT (tenant_id, contract_id, month) DO UPDATE"
                    + " SET version = purchase_settlement.version + 1,"
                    + " drafted_by = EXCLUDED.drafted_by, drafted_at = EXCLUDED.drafted_at"
                    + " WHERE purchase_settlement.status = 'DRAFT' RETURNING id")
            .setParameter(2, id)
            .setParameter(3, contract.id())
            .setParameter(4, contract.buyerOrg())
            .setParameter(5, contract.providerOrg())
            .setParameter(6, contract.number())
            .setParameter(7, month.toString())
            .setParameter(8, by)
            .setParameter(9, ts(at))
            .getResultList();
    if (ids.isEmpty()) {
      return findByMonth(contract.id(), month).orElseThrow();
    }
    String sid = (String) ids.get(0);
    db.sql("DELETE FROM purchase_settlement_line WHERE tenant_id = ?1 AND settlement_id = ?2")
        .setParameter(2, sid)
        .executeUpdate();
    db.sql("DELETE FROM purchase_settlement_order WHERE tenant_id = ?1 AND settlement_id = ?2")
        .setParameter(2, sid)
        .executeUpdate();
    // Only the deducted orders are stored (a few); the paid ones are the rest of the month's set
    // (settleOrders, orders), so a month of 100,000 orders writes no row per paid order.
    monthly(
            "INSERT INTO purchase_settlement_order (tenant_id, settlement_id, order_id, buyer_org,"
                + " provider_org, item_code, unit_price, service_date, outcome, reason, detail)"
                + " SELECT ?1, ?2, m.order_id, m.buyer_org, m.provider_org, m.item_code,"
                + " m.unit_price, m.service_date, 'DEDUCTED', m.reason, m.detail FROM ("
                + FLAGGED_ORDERS
                + ") m",
            sid,
            contract.id(),
            month)
        .executeUpdate();
    // A flag's reason wins over a source's: ON CONFLICT keeps the order's first row.
    extra.forEach(
        (reason, orders) ->
            monthly(
                    "INSERT INTO purchase_settlement_order (tenant_id, settlement_id, order_id,"
                        + " buyer_org, provider_org, item_code, unit_price, service_date, outcome,"
                        + " reason, detail)"
                        + " SELECT ?1, ?2, m.order_id, m.buyer_org, m.provider_org, m.item_code,"
                        + " m.unit_price, m.service_date, 'DEDUCTED', ?6, x.value"
                        + " FROM json_each_text(CAST(?7 AS json)) x JOIN LATERAL ("
                        + MONTH_ORDER
                        + " AND o.id = x.key) m ON true ORDER BY m.order_id"
                        + " ON CONFLICT (tenant_id, settlement_id, order_id) DO NOTHING",
                    sid,
                    contract.id(),
                    month)
                .setParameter(6, reason)
                .setParameter(7, json(orders))
                .executeUpdate());
    // One pass over the month: the lines per item and unit price, then the header's totals and
    // the fingerprint of the order set (compared again on acceptance).
    monthly(
            "WITH m AS MATERIALIZED ("
                + MONTH_ORDERS
                + "), g AS (SELECT m.item_code, m.unit_price, m.buyer_org, m.provider_org,"
                + "   count(*) AS c, count(*) FILTER (WHERE m.order_id IN (SELECT d.order_id"
                + "     FROM purchase_settlement_order d WHERE d.tenant_id = ?1"
                + "     AND d.settlement_id = ?2)) AS d FROM m"
                + "   GROUP BY m.item_code, m.unit_price, m.buyer_org, m.provider_org),"
                + " ins AS (INSERT INTO purchase_settlement_line (tenant_id, settlement_id,"
                + "   item_code, unit_price, buyer_org, provider_org, name, unit, completed_count,"
                + "   gross_amount, deducted_count, deduction_amount, settled_count, amount_due)"
                + "   SELECT ?1, ?2, g.item_code, g.unit_price, g.buyer_org, g.provider_org, n.name,"
                + "   n.unit, g.c, g.c * g.unit_price, g.d, g.d * g.unit_price, g.c - g.d,"
                + "   (g.c - g.d) * g.unit_price FROM g"
                + "   CROSS JOIN LATERAL (SELECT i.name, i.unit FROM purchase_contract_item i"
                + "     WHERE i.tenant_id = ?1 AND i.contract_id = ?3 AND i.code = g.item_code"
                + "     ORDER BY i.version DESC LIMIT 1) n"
                + "   RETURNING completed_count, gross_amount, deduction_amount)"
                + " UPDATE purchase_settlement s SET order_count = t.c, gross_amount = t.g,"
                + " deduction_amount = t.d, amount_due = t.g - t.d, orders_digest = h.digest"
                + " FROM (SELECT COALESCE(sum(completed_count), 0) AS c,"
                + "   COALESCE(sum(gross_amount), 0) AS g, COALESCE(sum(deduction_amount), 0) AS d"
                + "   FROM ins) t, (SELECT "
                + DIGEST
                + " AS digest FROM m) h"
                + " WHERE s.tenant_id = ?1 AND s.id = ?2",
            sid,
            contract.id(),
            month)
        .executeUpdate();
    return find(sid).orElseThrow();
  }

  @Override
  public boolean stale(Settlement s, Map<String, Map<String, String>> extra) {
    Number changed =
        (Number)
            monthly(
                    "WITH m AS MATERIALIZED ("
                        + MONTH_ORDERS
                        + "), cur AS (SELECT f.order_id, f.reason, f.detail FROM ("
                        + FLAGGED_ORDERS
                        + ") f), st AS (SELECT order_id, reason, detail"
                        + " FROM purchase_settlement_order WHERE tenant_id = ?1"
                        + " AND settlement_id = ?2 AND reason IN ('OPEN_FLAG', 'REJECTED_FLAG'))"
                        + " SELECT (SELECT count(*) FROM (SELECT * FROM cur EXCEPT SELECT * FROM st) a)"
                        + " + (SELECT count(*) FROM (SELECT * FROM st EXCEPT SELECT * FROM cur) b)"
                        + " + (SELECT count(*) FROM purchase_settlement x WHERE x.tenant_id = ?1"
                        + "   AND x.id = ?2 AND x.orders_digest IS DISTINCT FROM (SELECT "
                        + DIGEST
                        + " FROM m))",
                    s.id(),
                    s.contractId(),
                    s.month())
                .getSingleResult();
    if (changed.longValue() > 0) {
      return true;
    }
    Set<String> stored = new HashSet<>();
    Set<String> flagged = new HashSet<>();
    rows(db.sql(
                "SELECT order_id, reason FROM purchase_settlement_order WHERE tenant_id = ?1"
                    + " AND settlement_id = ?2")
            .setParameter(2, s.id()))
        .forEach(
            r -> {
              String reason = (String) r[1];
              if (SettlementDeductionSource.OPEN_FLAG.equals(reason)
                  || SettlementDeductionSource.REJECTED_FLAG.equals(reason)) {
                flagged.add((String) r[0]);
              } else {
                stored.add(reason + " " + r[0]);
              }
            });
    Set<String> expected = new HashSet<>();
    for (Map.Entry<String, Map<String, String>> e : extra.entrySet()) {
      // Orders a source names that are not among the month's completed ones are ignored by both.
      for (String o : monthOrdersAmong(s, e.getValue().keySet())) {
        if (!flagged.contains(o)) {
          expected.add(e.getKey() + " " + o);
        }
      }
    }
    return !expected.equals(stored);
  }

  /** Which of {@code ids} are among the month's completed orders now. */
  private List<String> monthOrdersAmong(Settlement s, Set<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, String> keys = new HashMap<>();
    ids.forEach(id -> keys.put(id, null));
    return rows(monthly(
                "SELECT m.order_id, m.item_code FROM json_each_text(CAST(?6 AS json)) x"
                    + " JOIN LATERAL ("
                    + MONTH_ORDER
                    + " AND o.id = x.key) m ON true",
                s.id(),
                s.contractId(),
                s.month())
            .setParameter(6, json(keys)))
        .map(r -> (String) r[0])
        .toList();
  }

  /** order id → detail (null allowed) as a JSON object for json_each_text. */
  private static String json(Map<String, String> orders) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    orders.forEach((k, v) -> b.add(k, v == null ? JsonValue.NULL : Json.createValue(v)));
    return b.build().toString();
  }

  @Override
  public boolean markAccepted(String id, int version, String by, String byId, Instant at) {
    return db.sql(
                "UPDATE purchase_settlement SET status = 'ACCEPTED', version = version + 1,"
                    + " accepted_by = ?3, accepted_at = ?4, accepted_by_id = ?6"
                    + " WHERE tenant_id = ?1 AND id = ?2 AND status = 'DRAFT' AND version = ?5")
            .setParameter(2, id)
            .setParameter(3, by)
            .setParameter(4, ts(at))
            .setParameter(5, version)
            .setParameter(6, byId)
            .executeUpdate()
        == 1;
  }

  @Override
  public int settleOrders(Settlement s, Instant at) {
    // One statement: the month's completed orders less the deducted ones become SETTLED. Their
    // SETTLED step is the settlement's acceptance (who, when: one row, V71), which the order's
    // history derives (JpaPurchaseRepository.transitions); the count still moves, so the step
    // has its number. The row lock of the UPDATE is the lock: a concurrent change of an order
    // waits, and one that changed it first leaves it out (no longer COMPLETED or RATED), which
    // the caller's count check turns into SETTLEMENT_STALE.
    return monthly(
            "UPDATE purchase_order u SET status = 'SETTLED', transitions = u.transitions + 1,"
                + " updated_at = ?6"
                + " WHERE u.tenant_id = ?1 AND u.contract_id = ?3"
                + " AND u.service_date BETWEEN ?4 AND ?5 AND u.status IN ('COMPLETED', 'RATED')"
                // A hashed NOT IN: the deducted orders were just written, and on their stale
                // statistics an anti join ran as a nested loop of 100,000 x 1,000.
                + " AND u.id NOT IN (SELECT d.order_id FROM purchase_settlement_order d"
                + "   WHERE d.tenant_id = ?1 AND d.settlement_id = ?2)",
            s.id(),
            s.contractId(),
            s.month())
        .setParameter(6, ts(at))
        .executeUpdate();
  }

  @Override
  public boolean markInvoiced(
      String id, int version, String invoiceNo, long amount, String by, Instant at) {
    return db.sql(
                "UPDATE purchase_settlement SET status = 'INVOICED', version = version + 1,"
                    + " invoice_no = ?3, invoice_amount = ?4, invoiced_by = ?5, invoiced_at = ?6"
                    + " WHERE tenant_id = ?1 AND id = ?2 AND status = 'ACCEPTED' AND version = ?7")
            .setParameter(2, id)
            .setParameter(3, invoiceNo)
            .setParameter(4, amount)
            .setParameter(5, by)
            .setParameter(6, ts(at))
            .setParameter(7, version)
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean markPaid(
      String id, int version, LocalDate paidOn, String reference, String by, Instant at) {
    return db.sql(
                "UPDATE purchase_settlement SET status = 'PAID', version = version + 1,"
                    + " paid_on = ?3, payment_ref = ?4, paid_by = ?5, paid_at = ?6"
                    + " WHERE tenant_id = ?1 AND id = ?2 AND status = 'INVOICED' AND version = ?7")
            .setParameter(2, id)
            .setParameter(3, date(paidOn))
            .setParameter(4, reference)
            .setParameter(5, by)
            .setParameter(6, ts(at))
            .setParameter(7, version)
            .executeUpdate()
        == 1;
  }

  @Override
  public void recordVouchers(String id, String accrualVoucherId, String paymentVoucherId) {
    db.sql(
            "UPDATE purchase_settlement SET accrual_voucher_id = COALESCE(accrual_voucher_id, ?3),"
                + " payment_voucher_id = COALESCE(payment_voucher_id, ?4)"
                + " WHERE tenant_id = ?1 AND id = ?2")
        .setParameter(2, id)
        .setParameter(3, accrualVoucherId)
        .setParameter(4, paymentVoucherId)
        .executeUpdate();
  }

  @Override
  public String follow(String id) {
    return (String)
        em.createNativeQuery("SELECT purchase_settlement_follow(?1)")
            .setParameter(1, id)
            .setHint(org.eclipse.persistence.config.QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .getSingleResult();
  }

  @Override
  public void lockBooks(String contractId) {
    db.sql("SELECT pg_advisory_xact_lock(hashtext(?1 || ':purchase-settlement-books:' || ?2))")
        .setParameter(2, contractId)
        .getSingleResult();
  }

  @Override
  public List<SettlementLine> lines(String settlementId) {
    return rows(db.sql(
                "SELECT item_code, name, unit, unit_price, completed_count, gross_amount,"
                    + " deducted_count, deduction_amount, settled_count, amount_due"
                    + " FROM purchase_settlement_line WHERE tenant_id = ?1 AND settlement_id = ?2"
                    + " ORDER BY item_code, unit_price")
            .setParameter(2, settlementId))
        .map(
            r ->
                new SettlementLine(
                    (String) r[0],
                    (String) r[1],
                    ServiceUnit.valueOf((String) r[2]),
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).intValue(),
                    ((Number) r[5]).longValue(),
                    ((Number) r[6]).intValue(),
                    ((Number) r[7]).longValue(),
                    ((Number) r[8]).intValue(),
                    ((Number) r[9]).longValue()))
        .toList();
  }

  @Override
  public List<SettledOrder> orders(Settlement s, Boolean paid, String afterId, int limit) {
    // The paid orders are derived: while a draft, the month's completed orders less the deducted
    // ones; once accepted, the month's orders it made SETTLED (a month is settled once).
    String paidStatus =
        s.status() == SettlementStatus.DRAFT ? "('COMPLETED', 'RATED')" : "('SETTLED')";
    Query q =
        monthly(
                "SELECT order_id, item_code, unit_price, service_date, outcome, reason, detail"
                    + " FROM (SELECT order_id, item_code, unit_price, service_date, outcome, reason,"
                    + "   detail FROM purchase_settlement_order WHERE tenant_id = ?1"
                    + "   AND settlement_id = ?2 AND CAST(?6 AS text) IS DISTINCT FROM 'PAID'"
                    + "   AND (CAST(?7 AS text) IS NULL OR order_id > ?7)"
                    + " UNION ALL SELECT m.order_id, m.item_code, m.unit_price, m.service_date,"
                    + "   'PAID', NULL, NULL FROM ("
                    + PRICED_ORDERS
                    + "   AND o.status IN "
                    + paidStatus
                    + "   AND (CAST(?7 AS text) IS NULL OR o.id > ?7)"
                    + "   AND NOT EXISTS (SELECT 1 FROM purchase_settlement_order d"
                    + "     WHERE d.tenant_id = ?1 AND d.settlement_id = ?2 AND d.order_id = o.id)"
                    + "   ) m WHERE CAST(?6 AS text) IS DISTINCT FROM 'DEDUCTED') x"
                    + " ORDER BY order_id LIMIT ?8",
                s.id(),
                s.contractId(),
                s.month())
            .setParameter(6, paid == null ? null : paid ? "PAID" : "DEDUCTED")
            .setParameter(7, afterId)
            .setParameter(8, limit);
    return rows(q)
        .map(
            r ->
                new SettledOrder(
                    (String) r[0],
                    (String) r[1],
                    ((Number) r[2]).longValue(),
                    date(r[3]),
                    "PAID".equals(r[4]),
                    (String) r[5],
                    (String) r[6]))
        .toList();
  }

  @Override
  public boolean providerBooksOpen(String contractId) {
    return Boolean.TRUE.equals(
        em.createNativeQuery("SELECT purchase_provider_books_open(?1)")
            .setParameter(1, contractId)
            .setHint(org.eclipse.persistence.config.QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .getSingleResult());
  }

  @Override
  public Map<String, long[]> settledByItem(String contractId) {
    Map<String, long[]> byItem = new HashMap<>();
    rows(db.sql(
                "SELECT l.item_code, sum(l.settled_count), sum(l.amount_due),"
                    + " sum(l.deducted_count), sum(l.deduction_amount)"
                    + " FROM purchase_settlement_line l JOIN purchase_settlement s"
                    + " ON s.tenant_id = l.tenant_id AND s.id = l.settlement_id"
                    + " WHERE s.tenant_id = ?1 AND s.contract_id = ?2 AND s.status <> 'DRAFT'"
                    + " GROUP BY l.item_code")
            .setParameter(2, contractId))
        .forEach(
            r ->
                byItem.put(
                    (String) r[0],
                    new long[] {
                      ((Number) r[1]).longValue(),
                      ((Number) r[2]).longValue(),
                      ((Number) r[3]).longValue(),
                      ((Number) r[4]).longValue()
                    }));
    return byItem;
  }

  @Override
  public long[] settledTotals(String contractId) {
    Object[] r =
        (Object[])
            db.sql(
                    "SELECT COALESCE(sum(amount_due) FILTER (WHERE status <> 'DRAFT'), 0),"
                        + " COALESCE(sum(amount_due) FILTER (WHERE status = 'PAID'), 0)"
                        + " FROM purchase_settlement WHERE tenant_id = ?1 AND contract_id = ?2")
                .setParameter(2, contractId)
                .getSingleResult();
    return new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()};
  }

  private Query monthly(String sql, String settlementId, String contractId, YearMonth month) {
    return db.sql(sql)
        .setParameter(2, settlementId)
        .setParameter(3, contractId)
        .setParameter(4, date(month.atDay(1)))
        .setParameter(5, date(month.atEndOfMonth()));
  }

  private Optional<Settlement> one(Query q) {
    return rows(q).findFirst().map(JpaSettlementRepository::settlement);
  }

  private static Settlement settlement(Object[] r) {
    return new Settlement(
        (String) r[0],
        Side.valueOf((String) r[1]),
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        YearMonth.parse((String) r[6]),
        SettlementStatus.valueOf((String) r[7]),
        ((Number) r[8]).intValue(),
        ((Number) r[9]).intValue(),
        ((Number) r[10]).longValue(),
        ((Number) r[11]).longValue(),
        ((Number) r[12]).longValue(),
        (String) r[13],
        instant(r[14]),
        (String) r[15],
        instant(r[16]),
        (String) r[17],
        r[18] == null ? null : ((Number) r[18]).longValue(),
        (String) r[19],
        instant(r[20]),
        date(r[21]),
        (String) r[22],
        (String) r[23],
        instant(r[24]),
        (String) r[25],
        (String) r[26]);
  }
}
