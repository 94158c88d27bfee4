package org.linli.kernel.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.audit.domain.AuditEntry;
import org.linli.kernel.audit.domain.AuditHashChain;
import org.linli.kernel.audit.domain.StoredEntry;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantSession;

/**
 * Appends to the audit chain of the transaction's tenant, in the same transaction as the change it
 * records. The chain head row is locked, so appends of one tenant are serialised and the chain has
 * no gaps or forks; other tenants are not blocked.
 */
@ApplicationScoped
public class AuditLog {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject TenantSession tenantSession;
  @Inject RequestContext requestContext;

  /** Starts the (empty) chain of a new organization. */
  public void startChain(TenantId tenant) {
    tenantSession.bind(tenant);
    nativeQuery("INSERT INTO audit_head (tenant_id, last_seq, last_hash) VALUES (?1, 0, ?2)")
        .setParameter(1, tenant.value())
        .setParameter(2, AuditHashChain.GENESIS)
        .executeUpdate();
  }

  /**
   * Records a change. {@code before} and {@code after} are canonical JSON snapshots (or null); only
   * their digests are chained, so the log proves what changed without copying personal data.
   */
  public void record(
      String action, String entityType, String entityId, String before, String after) {
    TenantId tenant = tenantSession.current();
    Object[] head =
        (Object[])
            nativeQuery(
                    "SELECT last_seq, last_hash FROM audit_head WHERE tenant_id = ?1 FOR UPDATE")
                .setParameter(1, tenant.value())
                .getSingleResult();
    long seq = ((Number) head[0]).longValue() + 1;
    AuditEntry entry =
        new AuditEntry(
            tenant.value(),
            seq,
            Instant.now().truncatedTo(ChronoUnit.MICROS),
            requestContext.actor(),
            action,
            entityType,
            entityId,
            AuditHashChain.digestOf(before),
            AuditHashChain.digestOf(after),
            (String) head[1]);
    String hash = AuditHashChain.hashOf(entry);
    nativeQuery(
            "INSERT INTO audit_record (tenant_id, seq, occurred_at, actor, action, entity_type,"
                + " entity_id, before_digest, after_digest, prev_hash, hash)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
        .setParameter(1, entry.tenantId())
        .setParameter(2, entry.seq())
        .setParameter(3, Timestamp.from(entry.occurredAt()))
        .setParameter(4, entry.actor())
        .setParameter(5, entry.action())
        .setParameter(6, entry.entityType())
        .setParameter(7, entry.entityId())
        .setParameter(8, entry.beforeDigest())
        .setParameter(9, entry.afterDigest())
        .setParameter(10, entry.prevHash())
        .setParameter(11, hash)
        .executeUpdate();
    nativeQuery("UPDATE audit_head SET last_seq = ?1, last_hash = ?2 WHERE tenant_id = ?3")
        .setParameter(1, seq)
        .setParameter(2, hash)
        .setParameter(3, tenant.value())
        .executeUpdate();
  }

  /**
   * Takes the tenant's audit chain lock now rather than at the first {@link #record}. Every audited
   * transaction holds this lock from its first record until it commits, so a transaction that locks
   * other rows (e.g. a ledger account) after it has recorded can wait for a transaction that holds
   * such a row and waits for the chain: a deadlock. Use cases that lock rows which audited
   * transactions of other modules also lock call this first, which keeps the order fixed: chain
   * head before any row.
   */
  public void lockChain() {
    nativeQuery("SELECT last_seq FROM audit_head WHERE tenant_id = ?1 FOR UPDATE")
        .setParameter(1, tenantSession.current().value())
        .getSingleResult();
  }

  /** A page of stored records with seq greater than {@code afterSeq}, in chain order. */
  public List<StoredEntry> page(long afterSeq, int limit) {
    TenantId tenant = tenantSession.current();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        nativeQuery(
                "SELECT seq, occurred_at, actor, action, entity_type, entity_id, before_digest,"
                    + " after_digest, prev_hash, hash FROM audit_record"
                    + " WHERE tenant_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3")
            .setParameter(1, tenant.value())
            .setParameter(2, afterSeq)
            .setParameter(3, limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new StoredEntry(
                    new AuditEntry(
                        tenant.value(),
                        ((Number) r[0]).longValue(),
                        ((Timestamp) r[1]).toInstant(),
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        (String) r[7],
                        (String) r[8]),
                    (String) r[9]))
        .toList();
  }

  /** The chain head: the last sequence number and hash written, kept apart from the records. */
  public Head head() {
    Object[] row =
        (Object[])
            nativeQuery("SELECT last_seq, last_hash FROM audit_head WHERE tenant_id = ?1")
                .setParameter(1, tenantSession.current().value())
                .getSingleResult();
    return new Head(((Number) row[0]).longValue(), (String) row[1]);
  }

  public record Head(long lastSeq, String lastHash) {}

  private Query nativeQuery(String sql) {
    return em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
  }
}
