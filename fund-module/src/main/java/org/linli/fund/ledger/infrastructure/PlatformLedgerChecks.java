package org.linli.fund.ledger.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;

/**
 * The platform-wide invariant check. Runs without a tenant: only the SECURITY DEFINER function may
 * aggregate across tenants, and it returns counts per tenant, never ledger rows.
 */
@ApplicationScoped
@Transactional
public class PlatformLedgerChecks {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  /** Per tenant: accounts, postings, unbalanced units, accounts whose balance is off. */
  public record TenantCheck(
      String tenantId, long accounts, long postings, long unbalancedUnits, long mismatched) {
    public boolean ok() {
      return unbalancedUnits == 0 && mismatched == 0;
    }
  }

  public List<TenantCheck> allTenants() {
    return rows(em.createNativeQuery(
                "SELECT tenant_id, accounts, postings, unbalanced_units, mismatched_accounts"
                    + " FROM ledger_invariants_all_tenants()")
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true))
        .map(
            r ->
                new TenantCheck(
                    (String) r[0],
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue()))
        .toList();
  }

  /** A native result row; typed here once because native queries return raw lists. */
  @SuppressWarnings("unchecked")
  private static java.util.stream.Stream<Object[]> rows(jakarta.persistence.Query q) {
    return ((List<Object[]>) q.getResultList()).stream();
  }
}
