package org.linli.integration.outbox.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.config.QueryHints;
import org.linli.integration.outbox.domain.DeadLetter;
import org.linli.integration.outbox.domain.OutboxEvent;
import org.linli.kernel.tenancy.TenantSession;

/**
 * The outbox and dead-letter tables in SQL, always inside a transaction already bound to one tenant
 * (row level security filters every statement; tenant_id is written from the binding).
 */
@ApplicationScoped
public class OutboxStore {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject TenantSession tenantSession;

  /**
   * A native statement without EclipseLink's automatic flush before it (FlushModeType.COMMIT): no
   * entity maps the outbox and dead-letter tables, so no pending change could show in them, and the
   * flush was part of what the relay and every approval paid per statement (issue 22).
   */
  private Query sql(String text) {
    return em.createNativeQuery(text)
        .setFlushMode(FlushModeType.COMMIT)
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
  }

  private String tenant() {
    return tenantSession.current().value();
  }

  /** Adds an event, due at once; part of the caller's transaction. */
  public void append(String id, String flow, String aggregateId, String payload, Instant now) {
    sql("INSERT INTO integration_outbox (tenant_id, id, flow, aggregate_id, payload, status,"
            + " attempts, next_attempt_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, 'PENDING', 0,"
            + " ?6, ?6)")
        .setParameter(1, tenant())
        .setParameter(2, id)
        .setParameter(3, flow)
        .setParameter(4, aggregateId)
        .setParameter(5, payload)
        .setParameter(6, Timestamp.from(now))
        .executeUpdate();
  }

  /**
   * Adds an event unless the tenant already has one of {@code flow} with {@code dedupeKey} (a
   * month's statistics, a settlement): several nodes may try, the unique index lets one row in.
   * Returns whether this call added it.
   */
  public boolean appendOnce(
      String id, String flow, String aggregateId, String dedupeKey, String payload, Instant now) {
    return sql("INSERT INTO integration_outbox (tenant_id, id, flow, aggregate_id, payload, status,"
                + " attempts, next_attempt_at, created_at, dedupe_key) VALUES (?1, ?2, ?3, ?4, ?5,"
                + " 'PENDING', 0, ?6, ?6, ?7) ON CONFLICT (tenant_id, flow, dedupe_key)"
                + " WHERE dedupe_key IS NOT NULL DO NOTHING")
            .setParameter(1, tenant())
            .setParameter(2, id)
            .setParameter(3, flow)
            .setParameter(4, aggregateId)
            .setParameter(5, payload)
            .setParameter(6, Timestamp.from(now))
            .setParameter(7, dedupeKey)
            .executeUpdate()
        == 1;
  }

  /** Per flow of the bound tenant: pending, sent, dead, last sent, last attempt, last error. */
  @SuppressWarnings("unchecked")
  public List<FlowCounts> flowCounts() {
    List<Object[]> rows =
        sql("SELECT flow, count(*) FILTER (WHERE status = 'PENDING'),"
                + " count(*) FILTER (WHERE status = 'SENT'), count(*) FILTER (WHERE status = 'DEAD'),"
                + " max(sent_at), max(last_attempt_at), min(created_at) FILTER (WHERE status ="
                + " 'PENDING'), (SELECT count(*) FROM integration_dead_letter d WHERE d.flow ="
                + " o.flow AND d.status = 'OPEN')"
                + " FROM integration_outbox o GROUP BY flow")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new FlowCounts(
                    (String) r[0],
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(),
                    ((Number) r[7]).longValue(),
                    instant(r[4]),
                    instant(r[5]),
                    instant(r[6])))
        .toList();
  }

  /** Counts of one flow of the bound tenant. */
  public record FlowCounts(
      String flow,
      long pending,
      long sent,
      long openDeadLetters,
      Instant lastSentAt,
      Instant lastAttemptAt,
      Instant oldestPendingAt) {}

  /** One event in a flow's backlog (no payload: it may be long; the dead letters show it). */
  public record BacklogEntry(
      String id,
      String flow,
      String aggregateId,
      String status,
      int attempts,
      Instant createdAt,
      Instant nextAttemptAt,
      Instant lastAttemptAt,
      String lastError) {}

  /** The bound tenant's events of {@code flow} in {@code status}, newest first, keyset-paged. */
  @SuppressWarnings("unchecked")
  public List<BacklogEntry> backlog(
      String flow, String status, Instant afterAt, String afterId, int limit) {
    List<Object[]> rows =
        sql("SELECT id, flow, aggregate_id, status, attempts, created_at, next_attempt_at,"
                + " last_attempt_at, last_error FROM integration_outbox"
                + " WHERE flow = ?1 AND status = ?2 AND (CAST(?3 AS timestamptz) IS NULL"
                + "   OR (created_at, id) < (CAST(?3 AS timestamptz), CAST(?4 AS text)))"
                + " ORDER BY created_at DESC, id DESC LIMIT ?5")
            .setParameter(1, flow)
            .setParameter(2, status)
            .setParameter(3, afterAt == null ? null : Timestamp.from(afterAt))
            .setParameter(4, afterId == null ? "" : afterId)
            .setParameter(5, limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new BacklogEntry(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    ((Number) r[4]).intValue(),
                    instant(r[5]),
                    instant(r[6]),
                    instant(r[7]),
                    (String) r[8]))
        .toList();
  }

  /**
   * Claims up to {@code limit} due events, each the oldest pending event of its aggregate (so an
   * aggregate's events go out in order), locking them; rows another node holds are skipped.
   */
  @SuppressWarnings("unchecked")
  public List<OutboxEvent> claimDue(int limit) {
    List<Object[]> rows = sql(CLAIM_DUE).setParameter(1, limit).getResultList();
    return rows.stream()
        .map(
            r ->
                new OutboxEvent(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    ((Number) r[4]).intValue(),
                    instant(r[5]),
                    instant(r[6])))
        .toList();
  }

  /**
   * The claim: due events, each the oldest pending of its aggregate, locked, rows another
   * transaction holds skipped (?1 = limit). Also run by TwoRelaysOneDatabaseTest on two
   * connections.
   *
   * <p>The oldest of the aggregate is an index-ordered {@code LIMIT 1} on
   * integration_outbox_aggregate_idx, not a {@code NOT EXISTS} of an earlier one: planned on
   * statistics from when the outbox was nearly empty, the anti-join scanned the tenant's whole
   * backlog for every candidate (5.3 s with 5,700 pending; this form 23 ms; bench/README.md). The
   * candidates come in seq order from integration_outbox_pending_seq_idx (V6), so a pass reads
   * about {@code limit} rows whatever the backlog (0.4 ms with 5,000 pending, 21 ms without it).
   */
  public static final String CLAIM_DUE =
      "SELECT o.id, o.flow, o.aggregate_id, o.payload, o.attempts, o.created_at,"
          + " o.first_attempt_at FROM integration_outbox o"
          + " WHERE o.status = 'PENDING' AND o.next_attempt_at <= now()"
          + " AND o.seq = (SELECT p.seq FROM integration_outbox p"
          + "   WHERE p.tenant_id = o.tenant_id AND p.aggregate_id = o.aggregate_id"
          + "   AND p.status = 'PENDING' ORDER BY p.seq LIMIT 1)"
          + " ORDER BY o.seq LIMIT ?1 FOR UPDATE OF o SKIP LOCKED";

  /**
   * Marks delivered events in one statement (?1 = a JSON array of {"id", "at"}: each event with the
   * time its delivery was accepted; ?2 = the relay that sent them). Also run by
   * TwoRelaysOneDatabaseTest.
   */
  public static final String MARK_ALL_SENT =
      "UPDATE integration_outbox o SET status = 'SENT', attempts = o.attempts + 1, sent_at = d.at,"
          + " last_attempt_at = d.at, first_attempt_at = coalesce(o.first_attempt_at, d.at),"
          + " last_error = NULL, sent_by = ?2"
          + " FROM json_to_recordset(CAST(?1 AS json)) AS d(id text, at timestamptz)"
          + " WHERE o.id = d.id";

  /**
   * Marks the delivered events (event id → when it was delivered) in one statement instead of one
   * per event (issue 22); returns the rows marked.
   */
  public int markAllSent(Map<String, Instant> delivered, String relay) {
    if (delivered.isEmpty()) {
      return 0;
    }
    return sql(MARK_ALL_SENT)
        .setParameter(1, sentJson(delivered))
        .setParameter(2, relay)
        .executeUpdate();
  }

  /** The JSON array MARK_ALL_SENT reads: [{"id": ..., "at": ISO-8601 instant}, ...]. */
  public static String sentJson(Map<String, Instant> delivered) {
    JsonArrayBuilder rows = Json.createArrayBuilder();
    delivered.forEach(
        (id, at) -> rows.add(Json.createObjectBuilder().add("id", id).add("at", at.toString())));
    return rows.build().toString();
  }

  public void markRetry(String id, String error, Instant now, Instant next) {
    sql("UPDATE integration_outbox SET attempts = attempts + 1, last_error = ?2,"
            + " last_attempt_at = ?3, first_attempt_at = coalesce(first_attempt_at, ?3),"
            + " next_attempt_at = ?4 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, error)
        .setParameter(3, Timestamp.from(now))
        .setParameter(4, Timestamp.from(next))
        .executeUpdate();
  }

  /** Looks at the event again at {@code next} without counting an attempt (nothing was sent). */
  public void markRetryWithoutAttempt(String id, Instant next) {
    sql("UPDATE integration_outbox SET next_attempt_at = ?2 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, Timestamp.from(next))
        .executeUpdate();
  }

  /** Moves the event to the dead letters (it then no longer holds back its aggregate). */
  public String markDead(OutboxEvent event, String error, Instant now) {
    sql("UPDATE integration_outbox SET status = 'DEAD', attempts = attempts + 1, last_error = ?2,"
            + " last_attempt_at = ?3, first_attempt_at = coalesce(first_attempt_at, ?3)"
            + " WHERE id = ?1")
        .setParameter(1, event.id())
        .setParameter(2, error)
        .setParameter(3, Timestamp.from(now))
        .executeUpdate();
    String id = UUID.randomUUID().toString();
    sql("INSERT INTO integration_dead_letter (tenant_id, id, event_id, flow, aggregate_id, payload,"
            + " last_error, attempts, first_attempt_at, last_attempt_at, status, created_at)"
            + " SELECT tenant_id, ?2, id, flow, aggregate_id, payload, last_error, attempts,"
            + " first_attempt_at, last_attempt_at, 'OPEN', ?3 FROM integration_outbox"
            + " WHERE tenant_id = ?1 AND id = ?4")
        .setParameter(1, tenant())
        .setParameter(2, id)
        .setParameter(3, Timestamp.from(now))
        .setParameter(4, event.id())
        .executeUpdate();
    return id;
  }

  /**
   * Pending events and open dead letters of the bound tenant, for the relay's log line: without the
   * count of sent events, which grows with every event ever sent and was read on every relay pass.
   */
  public long[] pendingAndOpenDeadLetters() {
    Object[] r =
        (Object[])
            sql("SELECT (SELECT count(*) FROM integration_outbox WHERE status = 'PENDING'),"
                    + " (SELECT count(*) FROM integration_dead_letter WHERE status = 'OPEN')")
                .getSingleResult();
    return new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()};
  }

  /** Pending events, open dead letters and sent events of the bound tenant. */
  public long[] counts() {
    Object[] r =
        (Object[])
            sql("SELECT (SELECT count(*) FROM integration_outbox WHERE status = 'PENDING'),"
                    + " (SELECT count(*) FROM integration_dead_letter WHERE status = 'OPEN'),"
                    + " (SELECT count(*) FROM integration_outbox WHERE status = 'SENT')")
                .getSingleResult();
    return new long[] {
      ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()
    };
  }

  /** Status of one event of the bound tenant, if it exists. */
  public Optional<String> eventStatus(String eventId) {
    List<?> r =
        sql("SELECT status FROM integration_outbox WHERE id = ?1")
            .setParameter(1, eventId)
            .getResultList();
    return r.stream().findFirst().map(String.class::cast);
  }

  private static final String DEAD_LETTER_COLUMNS =
      "id, event_id, flow, aggregate_id, payload, last_error, attempts, first_attempt_at,"
          + " last_attempt_at, status, resolved_by, resolved_at, discard_reason, created_at";

  /** Dead letters newest first, keyset-paged on (created_at, id). */
  @SuppressWarnings("unchecked")
  public List<DeadLetter> deadLetters(String status, Instant afterAt, String afterId, int limit) {
    Query q =
        sql("SELECT "
                + DEAD_LETTER_COLUMNS
                + " FROM integration_dead_letter"
                + " WHERE (CAST(?1 AS text) IS NULL OR status = CAST(?1 AS text))"
                + " AND (CAST(?2 AS timestamptz) IS NULL"
                + "   OR (created_at, id) < (CAST(?2 AS timestamptz), CAST(?3 AS text)))"
                + " ORDER BY created_at DESC, id DESC LIMIT ?4")
            .setParameter(1, status)
            .setParameter(2, afterAt == null ? null : Timestamp.from(afterAt))
            .setParameter(3, afterId == null ? "" : afterId)
            .setParameter(4, limit);
    return ((List<Object[]>) q.getResultList()).stream().map(OutboxStore::deadLetter).toList();
  }

  /** One dead letter, locked when {@code forUpdate}. */
  @SuppressWarnings("unchecked")
  public Optional<DeadLetter> deadLetter(String id, boolean forUpdate) {
    List<Object[]> r =
        sql("SELECT "
                + DEAD_LETTER_COLUMNS
                + " FROM integration_dead_letter WHERE id = ?1"
                + (forUpdate ? " FOR UPDATE" : ""))
            .setParameter(1, id)
            .getResultList();
    return r.stream().findFirst().map(OutboxStore::deadLetter);
  }

  /** Sends the dead letter's event again with the same event id (due at once, attempts reset). */
  public void replay(DeadLetter letter, String actor, Instant now) {
    sql("UPDATE integration_dead_letter SET status = 'REPLAYED', resolved_by = ?2, resolved_at = ?3"
            + " WHERE id = ?1")
        .setParameter(1, letter.id())
        .setParameter(2, actor)
        .setParameter(3, Timestamp.from(now))
        .executeUpdate();
    sql("UPDATE integration_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?2,"
            + " first_attempt_at = NULL, last_attempt_at = NULL WHERE id = ?1 AND status = 'DEAD'")
        .setParameter(1, letter.eventId())
        .setParameter(2, Timestamp.from(now))
        .executeUpdate();
  }

  public void discard(DeadLetter letter, String actor, String reason, Instant now) {
    sql("UPDATE integration_dead_letter SET status = 'DISCARDED', resolved_by = ?2,"
            + " resolved_at = ?3, discard_reason = ?4 WHERE id = ?1")
        .setParameter(1, letter.id())
        .setParameter(2, actor)
        .setParameter(3, Timestamp.from(now))
        .setParameter(4, reason)
        .executeUpdate();
  }

  private static DeadLetter deadLetter(Object[] r) {
    return new DeadLetter(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        ((Number) r[6]).intValue(),
        instant(r[7]),
        instant(r[8]),
        (String) r[9],
        (String) r[10],
        instant(r[11]),
        (String) r[12],
        instant(r[13]));
  }

  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    throw new IllegalStateException("Not a timestamp: " + value.getClass());
  }
}
