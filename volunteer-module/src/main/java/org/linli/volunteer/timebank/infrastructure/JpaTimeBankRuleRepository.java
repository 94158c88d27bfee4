package org.linli.volunteer.timebank.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import org.linli.volunteer.timebank.domain.TimeBankRuleRepository;
import org.linli.volunteer.timebank.domain.TimeBankRuleVersion;
import org.linli.volunteer.timebank.domain.TimeBankRules;

@ApplicationScoped
public class JpaTimeBankRuleRepository implements TimeBankRuleRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Override
  public Optional<TimeBankRuleVersion> inForce(LocalDate date) {
    return em.createQuery(
            "SELECT r FROM TimeBankRuleVersion r WHERE r.effectiveFrom <= :date"
                + " ORDER BY r.effectiveFrom DESC",
            TimeBankRuleVersion.class)
        .setParameter("date", date)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<TimeBankRuleVersion> versions() {
    return em.createQuery(
            "SELECT r FROM TimeBankRuleVersion r ORDER BY r.effectiveFrom DESC",
            TimeBankRuleVersion.class)
        .setMaxResults(500)
        .getResultList();
  }

  @Override
  public boolean add(TimeBankRuleVersion version) {
    // Native, for ON CONFLICT: two admins publishing for the same day get one version and a 409,
    // never a constraint error.
    TimeBankRules r = version.rules();
    return em.createNativeQuery(
                "INSERT INTO time_bank_rules (tenant_id, effective_from, cap_minutes,"
                    + " category_weights, redeem_from_age, family_min_age,"
                    + " family_transfer_max_minutes_per_year, group_activity_donate_only,"
                    + " dormancy_days, deceased_balance, created_by, created_at)"
                    + " VALUES (current_setting('app.tenant_id'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
                    + " ?9, ?10, ?11) ON CONFLICT DO NOTHING")
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .setParameter(1, Date.valueOf(r.effectiveFrom()))
            .setParameter(2, r.capMinutes())
            .setParameter(3, version.categoryWeightsJson())
            .setParameter(4, r.redeemFromAge())
            .setParameter(5, r.familyMinAge())
            .setParameter(6, r.familyTransferMaxMinutesPerYear())
            .setParameter(7, r.groupActivityDonateOnly())
            .setParameter(8, r.dormancyDays())
            .setParameter(9, r.deceasedBalance().name())
            .setParameter(10, version.createdBy())
            .setParameter(11, Timestamp.from(version.createdAt()))
            .executeUpdate()
        == 1;
  }
}
