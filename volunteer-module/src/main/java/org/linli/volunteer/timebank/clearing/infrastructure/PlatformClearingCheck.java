package org.linli.volunteer.timebank.clearing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;

/**
 * The platform-wide clearing check. Runs without a tenant: only the SECURITY DEFINER function may
 * read across tenants, and it returns per pair of organizations only pass or fail.
 */
@ApplicationScoped
@Transactional
public class PlatformClearingCheck {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  /**
   * One pair (codes in order): whether A.clearing(B) + B.clearing(A) equals the hours held and not
   * yet settled in either direction.
   */
  public record PairCheck(String orgA, String orgB, boolean ok) {}

  @SuppressWarnings("unchecked")
  public List<PairCheck> allPairs() {
    List<Object[]> rows =
        em.createNativeQuery("SELECT org_a, org_b, ok FROM clearing_pairs_check()")
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .getResultList();
    return rows.stream()
        .map(r -> new PairCheck((String) r[0], (String) r[1], (Boolean) r[2]))
        .toList();
  }
}
