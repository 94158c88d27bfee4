package org.linli.integration.inbound.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.config.QueryHints;
import org.linli.integration.inbound.domain.InboundFile;
import org.linli.integration.inbound.domain.RosterRow.Rejection;
import org.linli.kernel.tenancy.TenantSession;

/**
 * Received files, their rejected rows and staff tasks, in SQL inside a transaction bound to one
 * tenant (row level security filters every statement; tenant_id is written from the binding).
 */
@ApplicationScoped
public class InboundStore {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject TenantSession tenantSession;

  private Query sql(String text) {
    return em.createNativeQuery(text)
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, tenantSession.current().value());
  }

  /**
   * Records the file as received, unless the same bytes from the same source were received before
   * (the idempotent consumer): then empty. A concurrent second insert waits for the first to commit
   * and then finds the key taken, so two nodes never both claim a file. The claim is a lease the
   * worker renews with every chunk.
   */
  public Optional<Claim> claim(
      String source, String kind, String name, String checksum, Instant now) {
    String id = UUID.randomUUID().toString();
    int inserted =
        sql("INSERT INTO integration_inbound_file (tenant_id, id, source, kind, name, checksum,"
                + " status, received_at, lease_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'PROCESSING',"
                + " ?7, ?7) ON CONFLICT (tenant_id, source, checksum) DO NOTHING")
            .setParameter(2, id)
            .setParameter(3, source)
            .setParameter(4, kind)
            .setParameter(5, name)
            .setParameter(6, checksum)
            .setParameter(7, Timestamp.from(now))
            .executeUpdate();
    return inserted == 1 ? Optional.of(new Claim(id, 1, 0)) : Optional.empty();
  }

  /**
   * Takes over a file left PROCESSING whose lease went stale before {@code staleBefore} (its node
   * died mid-apply): the next attempt, going on after the last line committed. One winner: the
   * guarded UPDATE locks the row, a second taker then finds the lease fresh.
   */
  @SuppressWarnings("unchecked")
  public Optional<Claim> takeOver(
      String source, String checksum, Instant now, Instant staleBefore) {
    List<Object[]> rows =
        sql("UPDATE integration_inbound_file SET attempt = attempt + 1, lease_at = ?4"
                + " WHERE tenant_id = ?1 AND source = ?2 AND checksum = ?3"
                + " AND status = 'PROCESSING' AND coalesce(lease_at, received_at) < ?5"
                + " RETURNING id, attempt, last_line")
            .setParameter(2, source)
            .setParameter(3, checksum)
            .setParameter(4, Timestamp.from(now))
            .setParameter(5, Timestamp.from(staleBefore))
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> new Claim((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
  }

  /** A worker's hold on a file: its attempt, and the last line committed before it began. */
  public record Claim(String fileId, int attempt, int lastLine) {}

  /** The attempt no longer holds the file (taken over after a stale lease, or finished). */
  public static final class LeaseLost extends IllegalStateException {
    public LeaseLost(String fileId) {
      super("Inbound file " + fileId + " was taken over by another attempt");
    }
  }

  public Optional<InboundFile> bySum(String source, String checksum) {
    return first(
        sql("SELECT "
                + COLUMNS
                + " FROM integration_inbound_file WHERE tenant_id = ?1"
                + " AND source = ?2 AND checksum = ?3")
            .setParameter(2, source)
            .setParameter(3, checksum));
  }

  public void setPeriod(String fileId, LocalDate period) {
    sql("UPDATE integration_inbound_file SET period = ?3 WHERE tenant_id = ?1 AND id = ?2")
        .setParameter(2, fileId)
        .setParameter(3, Date.valueOf(period))
        .executeUpdate();
  }

  /**
   * Adds one chunk's counts and rejected rows, in the chunk's transaction, with the last line it
   * reached and a renewed lease; only while {@code claim} still holds the file (else {@link
   * LeaseLost}, and the chunk's transaction rolls back).
   */
  public void chunk(
      Claim claim,
      int lastLine,
      int rows,
      int applied,
      int added,
      int changed,
      List<Rejection> rejected) {
    int updated =
        sql("UPDATE integration_inbound_file SET rows_total = rows_total + ?3,"
                + " rows_applied = rows_applied + ?4, rows_rejected = rows_rejected + ?5,"
                + " added = added + ?6, changed = changed + ?7,"
                + " last_line = greatest(last_line, ?8), lease_at = ?9"
                + " WHERE tenant_id = ?1 AND id = ?2 AND attempt = ?10 AND status = 'PROCESSING'")
            .setParameter(2, claim.fileId())
            .setParameter(3, rows)
            .setParameter(4, applied)
            .setParameter(5, rejected.size())
            .setParameter(6, added)
            .setParameter(7, changed)
            .setParameter(8, lastLine)
            .setParameter(9, Timestamp.from(Instant.now()))
            .setParameter(10, claim.attempt())
            .executeUpdate();
    if (updated != 1) {
      throw new LeaseLost(claim.fileId());
    }
    for (Rejection r : rejected) {
      sql("INSERT INTO integration_inbound_rejected_row (tenant_id, file_id, line, code, field,"
              + " id_masked) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING")
          .setParameter(2, claim.fileId())
          .setParameter(3, r.line())
          .setParameter(4, r.code())
          .setParameter(5, r.field())
          .setParameter(6, r.idMasked())
          .executeUpdate();
    }
  }

  /** Bounds this transaction's waits for row locks (0: no bound beyond the transaction's). */
  public void lockTimeout(java.time.Duration timeout) {
    em.createNativeQuery("SELECT set_config('lock_timeout', ?1, true)")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, timeout.toMillis() + "ms")
        .getSingleResult();
  }

  /** Whether a roster of a later month from this source was applied already. */
  public boolean laterRosterApplied(String source, String fileId) {
    return !sql("SELECT 1 FROM integration_inbound_file o, integration_inbound_file f"
            + " WHERE f.tenant_id = ?1 AND f.id = ?2 AND o.tenant_id = ?1 AND o.source = ?3"
            + " AND o.kind = 'ROSTER' AND o.status = 'APPLIED' AND o.period > f.period")
        .setParameter(2, fileId)
        .setParameter(3, source)
        .getResultList()
        .isEmpty();
  }

  public void applied(Claim claim, int ended, Instant now) {
    int updated =
        sql("UPDATE integration_inbound_file SET status = 'APPLIED', ended = ?3, finished_at = ?4,"
                + " error = NULL"
                + " WHERE tenant_id = ?1 AND id = ?2 AND attempt = ?5 AND status = 'PROCESSING'")
            .setParameter(2, claim.fileId())
            .setParameter(3, ended)
            .setParameter(4, Timestamp.from(now))
            .setParameter(5, claim.attempt())
            .executeUpdate();
    if (updated != 1) {
      throw new LeaseLost(claim.fileId());
    }
  }

  /** Why the file's last attempt failed for a temporary reason (it is being tried again). */
  public void temporaryFailure(String fileId, String error) {
    sql("UPDATE integration_inbound_file SET error = ?3 WHERE tenant_id = ?1 AND id = ?2"
            + " AND status = 'PROCESSING'")
        .setParameter(2, fileId)
        .setParameter(3, error.length() > 500 ? error.substring(0, 500) : error)
        .executeUpdate();
  }

  /** The file could not be read at all: marked, and a dead letter opened for staff. */
  public String unreadable(String fileId, String error, Instant now) {
    sql("UPDATE integration_inbound_file SET status = 'UNREADABLE', error = ?3, finished_at = ?4"
            + " WHERE tenant_id = ?1 AND id = ?2")
        .setParameter(2, fileId)
        .setParameter(3, error)
        .setParameter(4, Timestamp.from(now))
        .executeUpdate();
    String letter = UUID.randomUUID().toString();
    sql("INSERT INTO integration_dead_letter (tenant_id, id, event_id, file_id, flow, aggregate_id,"
            + " payload, last_error, attempts, first_attempt_at, last_attempt_at, status,"
            + " created_at) SELECT tenant_id, ?2, NULL, id, 'INBOUND_' || source || '_' || kind,"
            + " name, json_build_object('file', name, 'source', source, 'checksum', checksum)::text,"
            + " ?3, 1, received_at, ?4, 'OPEN', ?4 FROM integration_inbound_file"
            + " WHERE tenant_id = ?1 AND id = ?5")
        .setParameter(2, letter)
        .setParameter(3, error)
        .setParameter(4, Timestamp.from(now))
        .setParameter(5, fileId)
        .executeUpdate();
    return letter;
  }

  private static final String COLUMNS =
      "id, source, kind, name, checksum, period, status, rows_total, rows_applied, rows_rejected,"
          + " added, changed, ended, error, received_at, finished_at";

  public Optional<InboundFile> file(String id) {
    return first(
        sql("SELECT " + COLUMNS + " FROM integration_inbound_file WHERE tenant_id = ?1 AND id = ?2")
            .setParameter(2, id));
  }

  /** The last line of the file whose chunk committed (0 before the first). */
  public int lastLine(String id) {
    return ((Number)
            sql("SELECT last_line FROM integration_inbound_file WHERE tenant_id = ?1 AND id = ?2")
                .setParameter(2, id)
                .getSingleResult())
        .intValue();
  }

  /** Newest first, keyset-paged on (received_at, id). */
  @SuppressWarnings("unchecked")
  public List<InboundFile> files(Instant afterAt, String afterId, int limit) {
    return ((List<Object[]>)
            sql("SELECT "
                    + COLUMNS
                    + " FROM integration_inbound_file WHERE tenant_id = ?1"
                    + " AND (CAST(?2 AS timestamptz) IS NULL"
                    + "   OR (received_at, id) < (CAST(?2 AS timestamptz), CAST(?3 AS text)))"
                    + " ORDER BY received_at DESC, id DESC LIMIT ?4")
                .setParameter(2, afterAt == null ? null : Timestamp.from(afterAt))
                .setParameter(3, afterId == null ? "" : afterId)
                .setParameter(4, limit)
                .getResultList())
        .stream().map(InboundStore::file).toList();
  }

  /** A file's rejected rows in line order, paged on the line. */
  @SuppressWarnings("unchecked")
  public List<Rejection> rejected(String fileId, int afterLine, int limit) {
    return ((List<Object[]>)
            sql("SELECT line, code, field, id_masked FROM integration_inbound_rejected_row"
                    + " WHERE tenant_id = ?1 AND file_id = ?2 AND line > ?3 ORDER BY line LIMIT ?4")
                .setParameter(2, fileId)
                .setParameter(3, afterLine)
                .setParameter(4, limit)
                .getResultList())
        .stream()
            .map(
                r ->
                    new Rejection(
                        ((Number) r[0]).intValue(), (String) r[1], (String) r[2], (String) r[3]))
            .toList();
  }

  @SuppressWarnings("unchecked")
  private static Optional<InboundFile> first(Query q) {
    return ((List<Object[]>) q.getResultList()).stream().findFirst().map(InboundStore::file);
  }

  private static InboundFile file(Object[] r) {
    return new InboundFile(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        r[5] == null ? null : ((Date) r[5]).toLocalDate(),
        (String) r[6],
        ((Number) r[7]).intValue(),
        ((Number) r[8]).intValue(),
        ((Number) r[9]).intValue(),
        ((Number) r[10]).intValue(),
        ((Number) r[11]).intValue(),
        ((Number) r[12]).intValue(),
        (String) r[13],
        instant(r[14]),
        instant(r[15]));
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return (Instant) value;
  }
}
