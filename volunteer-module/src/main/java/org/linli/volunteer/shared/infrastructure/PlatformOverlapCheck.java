package org.linli.volunteer.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.tenancy.TenantSession;

/**
 * Whether a person already holds a live sign-up overlapping a time span in any organization, via
 * the narrow database function that answers yes or no and reveals nothing else. A transaction-
 * scoped advisory lock per person makes two concurrent sign-ups of one person wait for each other.
 */
@ApplicationScoped
public class PlatformOverlapCheck {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @jakarta.inject.Inject TenantSession tenantSession;

  public boolean overlaps(String personId, Instant starts, Instant ends, String exceptShiftId) {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('signup-person:' || ?1))")
        .setParameter(1, personId)
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .getSingleResult();
    Object found =
        em.createNativeQuery("SELECT person_has_overlapping_signup(?1, ?2, ?3, ?4, ?5)")
            .setParameter(1, personId)
            .setParameter(2, Timestamp.from(starts))
            .setParameter(3, Timestamp.from(ends))
            .setParameter(4, tenantSession.current().value())
            .setParameter(5, exceptShiftId)
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .getSingleResult();
    return Boolean.TRUE.equals(found);
  }

  /**
   * Whether the person is already credited (pending or approved) for time overlapping the span in
   * any organization, except the record {@code exceptRecordId} (the one being corrected).
   */
  public boolean creditedElsewhere(
      String personId, Instant starts, Instant ends, String exceptRecordId) {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('record-person:' || ?1))")
        .setParameter(1, personId)
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .getSingleResult();
    Object found =
        em.createNativeQuery("SELECT person_has_overlapping_service(?1, ?2, ?3, ?4)")
            .setParameter(1, personId)
            .setParameter(2, Timestamp.from(starts))
            .setParameter(3, Timestamp.from(ends))
            .setParameter(4, exceptRecordId)
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .getSingleResult();
    return Boolean.TRUE.equals(found);
  }
}
