package org.linli.integration.outbox.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;
import org.linli.integration.outbox.application.OutboundPayloads.StatLine;
import org.linli.kernel.tenancy.TenantSession;

/**
 * Reads the bound buyer tenant's copy of the purchase tables (fund module, V60) for the monthly
 * home-care statistics: orders of the month by contract, item and status. Read only.
 */
@ApplicationScoped
public class PurchaseStatsQuery {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject TenantSession tenantSession;

  /** Whether the bound tenant buys services under a signed contract (active or ended). */
  public boolean isBuyer() {
    Object r =
        em.createNativeQuery(
                "SELECT EXISTS (SELECT 1 FROM purchase_contract WHERE side = 'BUYER'"
                    + " AND buyer_org = ?1 AND status IN ('ACTIVE', 'TERMINATED'))")
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .setParameter(1, tenantSession.current().value())
            .getSingleResult();
    return Boolean.TRUE.equals(r);
  }

  @SuppressWarnings("unchecked")
  public List<StatLine> ordersOf(YearMonth month) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT contract_id, item_code, status, count(*) FROM purchase_order"
                    + " WHERE buyer_org = ?1 AND service_date >= ?2 AND service_date < ?3"
                    + " GROUP BY contract_id, item_code, status"
                    + " ORDER BY contract_id, item_code, status")
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .setParameter(1, tenantSession.current().value())
            .setParameter(2, Date.valueOf(month.atDay(1)))
            .setParameter(3, Date.valueOf(month.plusMonths(1).atDay(1)))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new StatLine(
                    (String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue()))
        .toList();
  }
}
