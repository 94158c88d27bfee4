package org.linli.integration.throttle.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;
import org.linli.integration.throttle.domain.Admission;
import org.linli.kernel.tenancy.TenantSession;

/**
 * The rate slot of the bound tenant's gateways ({@code integration_rate_slot}): one GCRA step per
 * admission in a single statement, so two nodes admitting at the same moment queue on the row and
 * the second sees the first's schedule.
 */
@ApplicationScoped
public class RateSlotStore {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject TenantSession tenantSession;

  /**
   * Admitted when the gateway's theoretical arrival time (TAT) is at most the tolerance (?4) ahead
   * of now; then TAT = max(TAT, now) + interval (?3) and the slot starts at the new TAT − interval.
   * Refused otherwise, until TAT − tolerance. The statement's own clock (statement_timestamp) is
   * the one now of the step on every node.
   */
  public static final String ADMIT =
      "INSERT INTO integration_rate_slot AS s (tenant_id, gateway, tat)"
          + " VALUES (?1, ?2, statement_timestamp() + make_interval(secs => ?3))"
          + " ON CONFLICT (tenant_id, gateway) DO UPDATE"
          + " SET tat = greatest(s.tat, statement_timestamp()) + make_interval(secs => ?3)"
          + " WHERE greatest(s.tat, statement_timestamp())"
          + "   <= statement_timestamp() + make_interval(secs => ?4)"
          + " RETURNING s.tat - make_interval(secs => ?3)";

  private Query sql(String text) {
    return em.createNativeQuery(text).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
  }

  /**
   * One step for the bound tenant's {@code gateway}: requests {@code spacing} apart, admitted while
   * the schedule runs at most {@code ahead} in front of now.
   */
  @SuppressWarnings("unchecked")
  public Admission admit(String gateway, Duration spacing, Duration ahead) {
    double interval = spacing.toNanos() / 1e9;
    double tolerance = ahead.toNanos() / 1e9;
    List<Object> slot =
        sql(ADMIT)
            .setParameter(1, tenantSession.current().value())
            .setParameter(2, gateway)
            .setParameter(3, interval)
            .setParameter(4, tolerance)
            .getResultList();
    if (!slot.isEmpty()) {
      return Admission.admittedAt(instant(slot.get(0)));
    }
    Object tat =
        sql("SELECT tat - make_interval(secs => ?2) FROM integration_rate_slot WHERE gateway = ?1")
            .setParameter(1, gateway)
            .setParameter(2, tolerance)
            .getSingleResult();
    return Admission.refusedUntil(instant(tat));
  }

  private static Instant instant(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    throw new IllegalStateException("Not a timestamp: " + value);
  }
}
