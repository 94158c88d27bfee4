package org.linli.integration.outbox.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.tenancy.TenantSession;

/**
 * The organization's settings of its outbound flows ({@code integration_flow_setting}), always
 * inside a transaction bound to one tenant. The credential is stored encrypted by the caller.
 */
@ApplicationScoped
public class FlowSettingsStore {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject TenantSession tenantSession;

  /** One flow's stored setting; {@code credential} is the encrypted token. */
  public record StoredSetting(
      String flow,
      boolean enabled,
      String endpoint,
      String credential,
      String updatedBy,
      Instant updatedAt,
      long version,
      Integer ratePerMinute) {}

  private Query sql(String text) {
    return em.createNativeQuery(text).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
  }

  @SuppressWarnings("unchecked")
  public Optional<StoredSetting> find(String flow) {
    List<Object[]> rows =
        sql("SELECT flow, enabled, endpoint, credential, updated_by, updated_at, version,"
                + " rate_per_minute"
                + " FROM integration_flow_setting WHERE flow = ?1")
            .setParameter(1, flow)
            .getResultList();
    return rows.stream().findFirst().map(FlowSettingsStore::setting);
  }

  @SuppressWarnings("unchecked")
  public List<StoredSetting> all() {
    List<Object[]> rows =
        sql("SELECT flow, enabled, endpoint, credential, updated_by, updated_at, version,"
                + " rate_per_minute"
                + " FROM integration_flow_setting ORDER BY flow")
            .getResultList();
    return rows.stream().map(FlowSettingsStore::setting).toList();
  }

  /** Inserts or replaces the setting of {@code flow} (version + 1). */
  public void save(
      String flow,
      boolean enabled,
      String endpoint,
      String credential,
      Integer ratePerMinute,
      String by,
      Instant now) {
    sql("INSERT INTO integration_flow_setting (tenant_id, flow, enabled, endpoint, credential,"
            + " updated_by, updated_at, version, rate_per_minute)"
            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, CAST(?8 AS integer))"
            + " ON CONFLICT (tenant_id, flow) DO UPDATE SET enabled = EXCLUDED.enabled,"
            + " endpoint = EXCLUDED.endpoint, credential = EXCLUDED.credential,"
            + " rate_per_minute = EXCLUDED.rate_per_minute,"
            + " updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at,"
            + " version = integration_flow_setting.version + 1")
        .setParameter(1, tenantSession.current().value())
        .setParameter(2, flow)
        .setParameter(3, enabled)
        .setParameter(4, endpoint)
        .setParameter(5, credential)
        .setParameter(6, by)
        .setParameter(7, Timestamp.from(now))
        .setParameter(8, ratePerMinute)
        .executeUpdate();
  }

  private static StoredSetting setting(Object[] r) {
    return new StoredSetting(
        (String) r[0],
        (Boolean) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        OutboxStore.instant(r[5]),
        ((Number) r[6]).longValue(),
        r[7] == null ? null : ((Number) r[7]).intValue());
  }
}
