package org.linli.volunteer.points.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantWork;
import org.linli.tenant.domain.org.OrgStatus;
import org.linli.tenant.domain.org.Organization;
import org.linli.tenant.domain.org.OrganizationRepository;
import org.linli.volunteer.points.application.PointsExpiry;

/**
 * The daily expiry run over every active organization, on the server's managed scheduler. Each
 * organization runs in its own transaction as the system actor "points-expiry-job"; one failing
 * organization is logged and does not stop the others. Several nodes may run it at once: a run is
 * safe to repeat (see {@link PointsExpiry}).
 */
@ApplicationScoped
public class PointsExpiryJob {
  private static final Logger LOG = Logger.getLogger(PointsExpiryJob.class.getName());
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final String ACTOR = "points-expiry-job";

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject TenantWork tenantWork;
  @Inject PointsExpiry expiry;
  @Inject OrganizationRepository organizations;

  @Inject
  @ConfigProperty(name = "linli.points.expiry.enabled", defaultValue = "true")
  boolean enabled;

  /** Local time (Asia/Shanghai) of the daily run, e.g. 00:30. */
  @Inject
  @ConfigProperty(name = "linli.points.expiry.time", defaultValue = "00:30")
  String at;

  private ScheduledFuture<?> daily;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    if (!enabled) {
      LOG.info("Daily points expiry is disabled (linli.points.expiry.enabled=false)");
      return;
    }
    LocalTime time = LocalTime.parse(at);
    long delay = delayUntil(ZonedDateTime.now(CHINA), time).toMinutes();
    daily =
        scheduler.scheduleAtFixedRate(
            this::runAll, delay, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    LOG.info(() -> "Daily points expiry scheduled at " + time + " Asia/Shanghai");
  }

  @PreDestroy
  void stop() {
    if (daily != null) {
      daily.cancel(false);
    }
  }

  /** Time from {@code now} to the next {@code time} of day (tomorrow's when today's has passed). */
  static Duration delayUntil(ZonedDateTime now, LocalTime time) {
    ZonedDateTime next = now.with(time);
    if (!next.isAfter(now)) {
      next = next.plusDays(1);
    }
    return Duration.between(now, next);
  }

  void runAll() {
    LocalDate today = LocalDate.now(CHINA);
    for (String org : activeOrganizations()) {
      try {
        var result = tenantWork.call(TenantId.of(org), ACTOR, () -> expiry.run(today));
        LOG.info(
            () ->
                "Points expiry "
                    + org
                    + ": "
                    + result.expiredPoints()
                    + " points of "
                    + result.volunteers()
                    + " volunteers");
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Points expiry failed for " + org + "; the next run retries", e);
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
