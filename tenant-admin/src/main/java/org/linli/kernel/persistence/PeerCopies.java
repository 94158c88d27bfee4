package org.linli.kernel.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.QueryHints;

/**
 * Calls a SECURITY DEFINER function that copies the caller's own row to the other tenant's side
 * (clearing between organizations, purchase contracts between buyer and provider). The function
 * reads the caller's row, so pending JPA changes are flushed first; it answers the peer's row id.
 */
@ApplicationScoped
public class PeerCopies {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  /** {@code function} is a constant of the calling repository, never input. */
  public String call(String function, Object... arguments) {
    em.flush();
    StringBuilder sql = new StringBuilder("SELECT ").append(function).append('(');
    for (int i = 1; i <= arguments.length; i++) {
      sql.append(i == 1 ? "" : ", ").append('?').append(i);
    }
    var query =
        em.createNativeQuery(sql.append(')').toString())
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    for (int i = 0; i < arguments.length; i++) {
      query.setParameter(i + 1, arguments[i]);
    }
    return (String) query.getSingleResult();
  }
}
