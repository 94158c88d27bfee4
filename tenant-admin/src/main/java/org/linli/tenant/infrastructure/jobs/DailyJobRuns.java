package org.linli.tenant.infrastructure.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.tenancy.DailyTenantJob;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.tenancy.TenantSession;

/**
 * A daily job's run for one organization and day, once across every node: the day is claimed in the
 * transaction that does the work (the job's use cases join it). A second node's claim waits for the
 * first node's commit and then finds the day done; if the first failed (rolled back, or its node
 * died), the claim goes through and this node does the work.
 */
@ApplicationScoped
public class DailyJobRuns {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject TenantSession tenantSession;

  /** The job's summary, or empty when another node ran it for this organization today. */
  @Transactional
  @TenantScoped
  public Optional<String> runOnce(DailyTenantJob job, LocalDate today) {
    int claimed =
        em.createNativeQuery(
                "INSERT INTO daily_job_run (tenant_id, job, day, ran_at)"
                    + " VALUES (?1, ?2, ?3, now()) ON CONFLICT DO NOTHING")
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .setParameter(1, tenantSession.current().value())
            .setParameter(2, job.name())
            .setParameter(3, today)
            .executeUpdate();
    return claimed == 1 ? Optional.of(job.runFor(today)) : Optional.empty();
  }
}
