package org.linli.kernel.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.idempotency.IdempotentRequest.Call;
import org.linli.kernel.tenancy.TenantId;

/**
 * Stored first answers per (key space, key). The answer of a request that ran is written in the
 * request's own transaction, under a transaction-scoped advisory lock on the key, so the effect and
 * its recorded answer commit together or not at all (ADR 0019). The key space is admitted by the
 * transaction-local setting {@code app.idempotency_tenant} (policy of tenant migration V3), not by
 * binding the transaction's tenant, which stays free for the use cases.
 */
@ApplicationScoped
public class IdempotencyStore {
  /** A record left "in progress" by a node before ADR 0019 is taken over after this long. */
  static final String ABANDONED_AFTER = "5 minutes";

  @PersistenceContext(unitName = "linli")
  EntityManager em;

  /** What is stored for a key. */
  public record Stored(
      String requestHash, boolean completed, boolean abandoned, int status, String body) {}

  /**
   * Takes the key for the rest of the caller's transaction; false when another transaction holds it
   * (its request is still running). PostgreSQL releases it at commit or rollback, and when a node
   * dies its connection's transaction is rolled back, so a crashed request never blocks a retry.
   */
  @Transactional(TxType.MANDATORY)
  public boolean claim(Call call) {
    openKeySpace(call.tenant());
    Object locked =
        sql("SELECT pg_try_advisory_xact_lock(hashtextextended(?1, 0))")
            .setParameter(1, call.tenant().value() + "\n" + call.key())
            .getSingleResult();
    return Boolean.TRUE.equals(locked);
  }

  @Transactional(TxType.MANDATORY)
  public Optional<Stored> find(Call call) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        sql("SELECT request_hash, state, response_status, response_body,"
                + " created_at < now() - CAST(?3 AS interval)"
                + " FROM idempotency_record WHERE tenant_id = ?1 AND idem_key = ?2")
            .setParameter(1, call.tenant().value())
            .setParameter(2, call.key())
            .setParameter(3, ABANDONED_AFTER)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new Stored(
                    (String) r[0],
                    "COMPLETED".equals(r[1]),
                    Boolean.TRUE.equals(r[4]),
                    r[2] == null ? 0 : ((Number) r[2]).intValue(),
                    (String) r[3]));
  }

  /** The answer of a request that ran, in its own transaction (the key is claimed). */
  @Transactional(TxType.MANDATORY)
  public void record(Call call, int status, String body) {
    openKeySpace(call.tenant());
    sql("INSERT INTO idempotency_record (tenant_id, idem_key, request_hash, state,"
            + " response_status, response_body, created_at)"
            + " VALUES (?1, ?2, ?3, 'COMPLETED', ?4, ?5, now())"
            + " ON CONFLICT (tenant_id, idem_key) DO UPDATE SET request_hash = EXCLUDED.request_hash,"
            + " state = 'COMPLETED', response_status = EXCLUDED.response_status,"
            + " response_body = EXCLUDED.response_body, created_at = EXCLUDED.created_at")
        .setParameter(1, call.tenant().value())
        .setParameter(2, call.key())
        .setParameter(3, call.requestHash())
        .setParameter(4, status)
        .setParameter(5, body)
        .executeUpdate();
  }

  /**
   * The answer of a request that was refused (4xx) and so changed nothing, after its transaction
   * rolled back: kept unless a retry meanwhile recorded an answer of its own.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void recordRefusal(Call call, int status, String body) {
    openKeySpace(call.tenant());
    sql("INSERT INTO idempotency_record (tenant_id, idem_key, request_hash, state,"
            + " response_status, response_body, created_at)"
            + " VALUES (?1, ?2, ?3, 'COMPLETED', ?4, ?5, now()) ON CONFLICT DO NOTHING")
        .setParameter(1, call.tenant().value())
        .setParameter(2, call.key())
        .setParameter(3, call.requestHash())
        .setParameter(4, status)
        .setParameter(5, body)
        .executeUpdate();
  }

  private void openKeySpace(TenantId tenant) {
    sql("SELECT set_config('app.idempotency_tenant', ?1, true)")
        .setParameter(1, tenant.value())
        .getSingleResult();
  }

  private Query sql(String sql) {
    return em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
  }
}
