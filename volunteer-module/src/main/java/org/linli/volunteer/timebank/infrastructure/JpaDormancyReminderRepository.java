package org.linli.volunteer.timebank.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;
import org.linli.volunteer.timebank.domain.DormancyReminder;
import org.linli.volunteer.timebank.domain.DormancyReminderRepository;
import org.linli.volunteer.timebank.domain.TimeAccountKinds;

@ApplicationScoped
public class JpaDormancyReminderRepository implements DormancyReminderRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Override
  public int remindUntouchedSince(LocalDate untouchedSince, LocalDate asOf, Instant now) {
    // One statement reading the ledger's own tables (row level security keeps it to the bound
    // organization); the unique (account, dormant_since) key makes a second run add nothing, even
    // when two runs overlap.
    return em.createNativeQuery(
            "INSERT INTO time_bank_dormancy_reminder (tenant_id, id, account_id, account_kind,"
                + " volunteer_id, dormant_since, last_posting_seq, balance_minutes, as_of,"
                + " reminded_at)"
                + " SELECT a.tenant_id, gen_random_uuid()::text, a.id, a.kind, a.owner_id,"
                + " last.day, last.seq, a.balance, ?1, ?2"
                + " FROM ledger_account a"
                + " CROSS JOIN LATERAL (SELECT max(p.effective_date) AS day, max(p.seq) AS seq"
                + "   FROM ledger_posting p"
                + "   WHERE p.tenant_id = a.tenant_id AND p.account_id = a.id) last"
                + " WHERE a.kind IN (?3, ?4) AND a.owner_type = ?5 AND a.balance > 0"
                + " AND last.day <= ?6"
                + " ON CONFLICT (tenant_id, account_id, dormant_since) DO NOTHING")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, Date.valueOf(asOf))
        .setParameter(2, Timestamp.from(now))
        .setParameter(3, TimeAccountKinds.CREDIT)
        .setParameter(4, TimeAccountKinds.DONATE_ONLY)
        .setParameter(5, TimeAccountKinds.VOLUNTEER_OWNER)
        .setParameter(6, Date.valueOf(untouchedSince))
        .executeUpdate();
  }

  @Override
  public List<DormancyReminder> list(String volunteerId, String afterId, int limit) {
    var query =
        em.createQuery(
                "SELECT r FROM DormancyReminder r WHERE r.id > :after"
                    + (volunteerId == null ? "" : " AND r.volunteerId = :volunteer")
                    + " ORDER BY r.id",
                DormancyReminder.class)
            .setParameter("after", afterId == null ? "" : afterId);
    if (volunteerId != null) {
      query.setParameter("volunteer", volunteerId);
    }
    return query.setMaxResults(limit).getResultList();
  }
}
