package org.linli.containertest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;
import org.linli.tenant.domain.membership.Membership;

/**
 * Reads memberships through the application's persistence unit in the caller's transaction, the two
 * ways a module could. A bean because Arquillian does not inject persistence contexts into the test
 * instance.
 */
@ApplicationScoped
public class MembershipRows {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  /** Native SQL, which EclipseLink does not filter: only row level security confines it. */
  @SuppressWarnings("unchecked")
  public List<String> tenantIdsByNativeSql() {
    return em.createNativeQuery("SELECT tenant_id FROM membership")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .getResultList();
  }

  /** JPQL, which EclipseLink's tenant discriminator filters as well. */
  public Set<String> memberIdsByJpql() {
    return em.createQuery("SELECT m FROM Membership m", Membership.class).getResultList().stream()
        .map(Membership::personId)
        .collect(Collectors.toSet());
  }
}
