package org.linli.tenant.infrastructure.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.linli.kernel.tenancy.DailyTenantJob;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantWork;
import org.linli.kernel.time.ChinaTime;
import org.linli.tenant.domain.org.OrgStatus;
import org.linli.tenant.domain.org.Organization;
import org.linli.tenant.domain.org.OrganizationRepository;

/**
 * Schedules every {@link DailyTenantJob} on the server's managed scheduler at its time of day
 * (China time) and runs it for each active organization in turn, as the job's system actor, once
 * per organization and day across all nodes ({@link DailyJobRuns}).
 */
@ApplicationScoped
public class DailyTenantJobScheduler {
  private static final Logger LOG = Logger.getLogger(DailyTenantJobScheduler.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject Instance<DailyTenantJob> jobs;
  @Inject TenantWork tenantWork;
  @Inject DailyJobRuns runs;
  @Inject OrganizationRepository organizations;
  @Inject Config config;

  private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    for (DailyTenantJob job : jobs) {
      String name = job.name();
      if (!config.getOptionalValue(name + ".enabled", Boolean.class).orElse(true)) {
        LOG.info(() -> "Daily job " + name + " is disabled (" + name + ".enabled=false)");
        continue;
      }
      LocalTime time =
          LocalTime.parse(
              config.getOptionalValue(name + ".time", String.class).orElse(job.defaultTime()));
      long delay = delayUntil(ZonedDateTime.now(ChinaTime.ZONE), time).toMinutes();
      scheduled.add(
          scheduler.scheduleAtFixedRate(
              () -> runAll(job), delay, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES));
      LOG.info(() -> "Daily job " + name + " scheduled at " + time + " Asia/Shanghai");
    }
  }

  @PreDestroy
  void stop() {
    scheduled.forEach(f -> f.cancel(false));
  }

  /** Time from {@code now} to the next {@code time} of day (tomorrow's when today's has passed). */
  static Duration delayUntil(ZonedDateTime now, LocalTime time) {
    ZonedDateTime next = now.with(time);
    if (!next.isAfter(now)) {
      next = next.plusDays(1);
    }
    return Duration.between(now, next);
  }

  void runAll(DailyTenantJob job) {
    LocalDate today = ChinaTime.today();
    for (String org : activeOrganizations()) {
      try {
        Optional<String> summary =
            tenantWork.call(TenantId.of(org), job.name(), () -> runs.runOnce(job, today));
        LOG.info(
            () ->
                job.name()
                    + " "
                    + org
                    + ": "
                    + summary.orElse("already ran on " + today + " (another node)"));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, job.name() + " failed for " + org + "; the next run retries", e);
      }
    }
  }

  private List<String> activeOrganizations() {
    List<String> ids = new ArrayList<>();
    String after = null;
    while (true) {
      List<Organization> page =
          organizations.search(
              new OrganizationRepository.OrgSearch(null, null, OrgStatus.ACTIVE), after, 200);
      page.forEach(o -> ids.add(o.id()));
      if (page.size() < 200) {
        return ids;
      }
      after = page.get(page.size() - 1).id();
    }
  }
}
