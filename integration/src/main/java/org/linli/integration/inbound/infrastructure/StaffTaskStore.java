package org.linli.integration.inbound.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.config.QueryHints;
import org.linli.integration.inbound.domain.StaffTask;
import org.linli.kernel.tenancy.TenantSession;

/**
 * Staff tasks in SQL, inside a transaction bound to one tenant (row level security filters every
 * statement); and the one read across tenants they need: where a person holds time in the bank,
 * through the time bank's narrow {@code time_accounts_of_person} function.
 */
@ApplicationScoped
public class StaffTaskStore {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject TenantSession tenantSession;

  /** Time held by the person, per organization and volunteer (credit and donate-only). */
  public record Holding(String tenantId, String volunteerId, long minutes) {}

  @SuppressWarnings("unchecked")
  public List<Holding> holdings(String personId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT tenant_id, volunteer_id, balance, donate_only_balance"
                    + " FROM time_accounts_of_person(?1)")
            .setParameter(1, personId)
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Holding(
                    (String) r[0],
                    (String) r[1],
                    ((Number) r[2]).longValue() + (r[3] == null ? 0 : ((Number) r[3]).longValue())))
        .toList();
  }

  private Query sql(String text) {
    return em.createNativeQuery(text)
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, tenantSession.current().value());
  }

  /** Whether the volunteer's time was settled under the deceased-holder rule already. */
  public boolean settled(String volunteerId) {
    return !sql("SELECT 1 FROM time_bank_deceased_settlement WHERE tenant_id = ?1"
            + " AND volunteer_id = ?2")
        .setParameter(2, volunteerId)
        .getResultList()
        .isEmpty();
  }

  /** A task once per (kind, subject): a second notice adds none. */
  public boolean open(String kind, String subjectId, String fileId, String detail, Instant now) {
    return sql("INSERT INTO integration_staff_task (tenant_id, id, kind, subject_id, file_id,"
                + " detail, status, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'OPEN', ?7)"
                + " ON CONFLICT (tenant_id, kind, subject_id) DO NOTHING")
            .setParameter(2, UUID.randomUUID().toString())
            .setParameter(3, kind)
            .setParameter(4, subjectId)
            .setParameter(5, fileId)
            .setParameter(6, detail)
            .setParameter(7, Timestamp.from(now))
            .executeUpdate()
        == 1;
  }

  private static final String COLUMNS =
      "id, kind, subject_id, status, detail, created_at, resolved_at, resolved_by, note";

  public Optional<StaffTask> find(String id, boolean lock) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        sql("SELECT "
                + COLUMNS
                + " FROM integration_staff_task WHERE tenant_id = ?1 AND id = ?2"
                + (lock ? " FOR UPDATE" : ""))
            .setParameter(2, id)
            .getResultList();
    return rows.stream().findFirst().map(StaffTaskStore::task);
  }

  /** Newest first, keyset-paged on (created_at, id); {@code status} null for all. */
  @SuppressWarnings("unchecked")
  public List<StaffTask> list(String status, Instant afterAt, String afterId, int limit) {
    return ((List<Object[]>)
            sql("SELECT "
                    + COLUMNS
                    + " FROM integration_staff_task WHERE tenant_id = ?1"
                    + " AND (CAST(?2 AS text) IS NULL OR status = CAST(?2 AS text))"
                    + " AND (CAST(?3 AS timestamptz) IS NULL"
                    + "   OR (created_at, id) < (CAST(?3 AS timestamptz), CAST(?4 AS text)))"
                    + " ORDER BY created_at DESC, id DESC LIMIT ?5")
                .setParameter(2, status)
                .setParameter(3, afterAt == null ? null : Timestamp.from(afterAt))
                .setParameter(4, afterId == null ? "" : afterId)
                .setParameter(5, limit)
                .getResultList())
        .stream().map(StaffTaskStore::task).toList();
  }

  public void resolve(String id, String by, String note, Instant now) {
    sql("UPDATE integration_staff_task SET status = 'DONE', resolved_at = ?3, resolved_by = ?4,"
            + " note = ?5 WHERE tenant_id = ?1 AND id = ?2 AND status = 'OPEN'")
        .setParameter(2, id)
        .setParameter(3, Timestamp.from(now))
        .setParameter(4, by)
        .setParameter(5, note)
        .executeUpdate();
  }

  private static StaffTask task(Object[] r) {
    JsonObject d;
    try (var reader = Json.createReader(new StringReader((String) r[4]))) {
      d = reader.readObject();
    }
    return new StaffTask(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        d.getString("name", ""),
        d.getString("idMasked", ""),
        d.containsKey("dateOfDeath") ? LocalDate.parse(d.getString("dateOfDeath")) : null,
        d.containsKey("balanceMinutes") ? d.getJsonNumber("balanceMinutes").longValue() : 0L,
        instant(r[5]),
        instant(r[6]),
        (String) r[7],
        (String) r[8]);
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
