package org.linli.kernel.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantSession;

/**
 * Stored first responses per (tenant, key). Each step commits on its own so that a concurrent
 * duplicate sees the key as taken at once. A key left "in progress" by a crashed node is taken over
 * after {@link #ABANDONED_AFTER}.
 */
@ApplicationScoped
public class IdempotencyStore {
  static final String ABANDONED_AFTER = "5 minutes";

  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject TenantSession tenantSession;

  public sealed interface Outcome {}

  public record Started() implements Outcome {}

  public record Replay(int status, String body) implements Outcome {}

  public record InProgress() implements Outcome {}

  public record BodyMismatch() implements Outcome {}

  @Transactional(TxType.REQUIRES_NEW)
  public Outcome begin(TenantId tenant, String key, String requestHash) {
    tenantSession.bind(tenant);
    int inserted =
        sql("INSERT INTO idempotency_record (tenant_id, idem_key, request_hash, state, created_at)"
                + " VALUES (?1, ?2, ?3, 'IN_PROGRESS', now()) ON CONFLICT DO NOTHING")
            .setParameter(1, tenant.value())
            .setParameter(2, key)
            .setParameter(3, requestHash)
            .executeUpdate();
    if (inserted == 1) {
      return new Started();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        sql("SELECT request_hash, state, response_status, response_body,"
                + " created_at < now() - CAST(?3 AS interval)"
                + " FROM idempotency_record WHERE tenant_id = ?1 AND idem_key = ?2 FOR UPDATE")
            .setParameter(1, tenant.value())
            .setParameter(2, key)
            .setParameter(3, ABANDONED_AFTER)
            .getResultList();
    if (rows.isEmpty()) {
      return new InProgress(); // deleted by a failed first attempt just now: let the client retry
    }
    Object[] row = rows.get(0);
    if (!requestHash.equals(row[0])) {
      return new BodyMismatch();
    }
    if ("COMPLETED".equals(row[1])) {
      return new Replay(((Number) row[2]).intValue(), (String) row[3]);
    }
    if (Boolean.TRUE.equals(row[4])) {
      sql("UPDATE idempotency_record SET created_at = now() WHERE tenant_id = ?1 AND idem_key = ?2")
          .setParameter(1, tenant.value())
          .setParameter(2, key)
          .executeUpdate();
      return new Started();
    }
    return new InProgress();
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void complete(TenantId tenant, String key, int status, String body) {
    tenantSession.bind(tenant);
    sql("UPDATE idempotency_record SET state = 'COMPLETED', response_status = ?3,"
            + " response_body = ?4 WHERE tenant_id = ?1 AND idem_key = ?2")
        .setParameter(1, tenant.value())
        .setParameter(2, key)
        .setParameter(3, status)
        .setParameter(4, body)
        .executeUpdate();
  }

  /** A server error is not a final answer: free the key so the client can retry. */
  @Transactional(TxType.REQUIRES_NEW)
  public void forget(TenantId tenant, String key) {
    tenantSession.bind(tenant);
    sql("DELETE FROM idempotency_record WHERE tenant_id = ?1 AND idem_key = ?2")
        .setParameter(1, tenant.value())
        .setParameter(2, key)
        .executeUpdate();
  }

  private Query sql(String sql) {
    return em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
  }
}
