package org.linli.kernel.audit.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

  @Resource TransactionSynchronizationRegistry txRegistry;

  /** The transaction-local {@link Deferral}; a private key no other component can collide with. */
  private static final Object DEFERRAL_KEY = new Object();

  /** Keeps a bulk review's entries well under PostgreSQL's limit of bind parameters. */
  private static final int ROWS_PER_STATEMENT = 200;

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
   *
   * <p>Inside a use case the entry is appended when the outermost use case of the transaction
   * returns (see {@link AuditAtEndInterceptor}), still in the same transaction, so the tenant's
   * chain head is locked only for the final statements and the commit instead of for the rest of
   * the use case. Outside any use case it is appended at once.
   */
  public void record(
      String action, String entityType, String entityId, String before, String after) {
    Pending entry =
        new Pending(
            requestContext.actor(),
            action,
            entityType,
            entityId,
            AuditHashChain.digestOf(before),
            AuditHashChain.digestOf(after));
    TenantId tenant = tenantSession.current();
    Deferral deferral = deferral();
    if (deferral != null && deferral.depth > 0) {
      deferral.entries.add(entry);
    } else {
      append(tenant, List.of(entry));
    }
  }

  /** A use case starts: entries recorded until the outermost one ends are appended together. */
  public void useCaseStarted() {
    if (txRegistry.getTransactionKey() == null) {
      return; // no transaction to defer to: record() appends at once
    }
    Deferral deferral = deferral();
    if (deferral == null) {
      deferral = new Deferral();
      txRegistry.putResource(DEFERRAL_KEY, deferral);
    }
    deferral.depth++;
  }

  /**
   * A use case returned normally. At the outermost level its pending entries are appended: the
   * entity changes are flushed first, so the head lock is the last lock the transaction takes.
   */
  public void useCaseEnded() {
    Deferral deferral = leave();
    if (deferral != null) {
      em.flush();
      appendPending(deferral);
    }
  }

  /**
   * A use case threw. A transaction already marked for rollback drops the pending entries; one that
   * may still commit (the caller may catch the exception) gets them appended now, so no committed
   * change is ever missing from the chain. If that append fails, the transaction must not commit.
   */
  public void useCaseFailed(Throwable failure) {
    Deferral deferral = leave();
    if (deferral == null) {
      return;
    }
    if (txRegistry.getTransactionStatus() != Status.STATUS_ACTIVE) {
      deferral.entries.clear();
      return;
    }
    try {
      appendPending(deferral);
    } catch (RuntimeException appendFailed) {
      txRegistry.setRollbackOnly();
      failure.addSuppressed(appendFailed);
    }
  }

  /** Leaves one use case level; the deferral when that was the outermost and entries wait. */
  private Deferral leave() {
    if (txRegistry.getTransactionKey() == null) {
      return null;
    }
    Deferral deferral = deferral();
    if (deferral == null || deferral.depth == 0) {
      return null;
    }
    deferral.depth--;
    return deferral.depth == 0 && !deferral.entries.isEmpty() ? deferral : null;
  }

  private void appendPending(Deferral deferral) {
    List<Pending> entries = List.copyOf(deferral.entries);
    deferral.entries.clear();
    if (!entries.isEmpty()) {
      append(tenantSession.current(), entries);
    }
  }

  private Deferral deferral() {
    return txRegistry.getTransactionKey() == null
        ? null
        : (Deferral) txRegistry.getResource(DEFERRAL_KEY);
  }

  /**
   * Appends entries to the chain under the head row lock: one locking read, then the records and
   * the new head in one statement per {@link #ROWS_PER_STATEMENT} entries. Each entry's time is
   * taken under the lock, so occurred_at never decreases along the chain.
   */
  private void append(TenantId tenant, List<Pending> entries) {
    Object[] head =
        (Object[])
            nativeQuery(
                    "SELECT last_seq, last_hash FROM audit_head WHERE tenant_id = ?1 FOR UPDATE")
                .setParameter(1, tenant.value())
                .getSingleResult();
    long lastSeq = ((Number) head[0]).longValue();
    String lastHash = (String) head[1];
    for (int from = 0; from < entries.size(); from += ROWS_PER_STATEMENT) {
      List<Pending> chunk =
          entries.subList(from, Math.min(entries.size(), from + ROWS_PER_STATEMENT));
      lastHash = write(tenant, lastSeq, lastHash, chunk);
      lastSeq += chunk.size();
    }
  }

  /** Inserts the chunk after (lastSeq, lastHash) and moves the head; returns the new last hash. */
  private String write(TenantId tenant, long lastSeq, String lastHash, List<Pending> chunk) {
    StringBuilder sql =
        new StringBuilder(
            "WITH appended AS (INSERT INTO audit_record (tenant_id, seq, occurred_at, actor,"
                + " action, entity_type, entity_id, before_digest, after_digest, prev_hash, hash)"
                + " VALUES ");
    List<Object> params = new ArrayList<>();
    long seq = lastSeq;
    String hash = lastHash;
    for (Pending pending : chunk) {
      AuditEntry entry =
          new AuditEntry(
              tenant.value(),
              ++seq,
              Instant.now().truncatedTo(ChronoUnit.MICROS),
              pending.actor(),
              pending.action(),
              pending.entityType(),
              pending.entityId(),
              pending.beforeDigest(),
              pending.afterDigest(),
              hash);
      hash = AuditHashChain.hashOf(entry);
      Object[] row = {
        entry.tenantId(),
        entry.seq(),
        Timestamp.from(entry.occurredAt()),
        entry.actor(),
        entry.action(),
        entry.entityType(),
        entry.entityId(),
        entry.beforeDigest(),
        entry.afterDigest(),
        entry.prevHash(),
        hash
      };
      sql.append(params.isEmpty() ? "(" : ", (");
      for (int column = 0; column < row.length; column++) {
        params.add(row[column]);
        sql.append(column == 0 ? "?" : ", ?").append(params.size());
      }
      sql.append(')');
    }
    params.add(seq);
    sql.append(") UPDATE audit_head SET last_seq = ?").append(params.size());
    params.add(hash);
    sql.append(", last_hash = ?").append(params.size());
    params.add(tenant.value());
    sql.append(" WHERE tenant_id = ?").append(params.size());
    Query statement = nativeQuery(sql.toString());
    for (int i = 0; i < params.size(); i++) {
      statement.setParameter(i + 1, params.get(i));
    }
    statement.executeUpdate();
    return hash;
  }

  /** A page of stored records with seq greater than {@code afterSeq}, in chain order. */
  public List<StoredEntry> page(long afterSeq, int limit) {
    appendPendingNow();
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
    appendPendingNow();
    Object[] row =
        (Object[])
            nativeQuery("SELECT last_seq, last_hash FROM audit_head WHERE tenant_id = ?1")
                .setParameter(1, tenantSession.current().value())
                .getSingleResult();
    return new Head(((Number) row[0]).longValue(), (String) row[1]);
  }

  public record Head(long lastSeq, String lastHash) {}

  /** A reader in the same transaction sees the entries it recorded, as before deferral. */
  private void appendPendingNow() {
    Deferral deferral = deferral();
    if (deferral != null) {
      appendPending(deferral);
    }
  }

  /** What record() was given; seq, time and hashes are assigned when it is appended. */
  private record Pending(
      String actor,
      String action,
      String entityType,
      String entityId,
      String beforeDigest,
      String afterDigest) {}

  /** Per transaction: how deep in use cases we are, and the entries waiting to be appended. */
  private static final class Deferral {
    int depth;
    final List<Pending> entries = new ArrayList<>();
  }

  private Query nativeQuery(String sql) {
    return em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
  }
}
