package org.linli.integration.outbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linli.integration.outbox.infrastructure.FlowSettingsStore;
import org.linli.integration.outbox.infrastructure.FlowSettingsStore.StoredSetting;
import org.linli.integration.outbox.infrastructure.OutboxStore;
import org.linli.integration.outbox.infrastructure.OutboxStore.BacklogEntry;
import org.linli.integration.outbox.infrastructure.OutboxStore.FlowCounts;
import org.linli.integration.throttle.application.ThrottleSettings;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.crypto.PiiCipher;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;

/**
 * The organization's outbound flows: status, last run and backlog of each, its own settings
 * (enabled, endpoint, credential: kept encrypted, never shown), and the monthly statistics run on
 * demand. Settings changes are audited without the credential.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class IntegrationFlows {
  @Inject OutboxStore outbox;
  @Inject FlowSettingsStore settings;
  @Inject FlowEndpoints endpoints;
  @Inject HomeCareStatistics statistics;
  @Inject PiiCipher cipher;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;
  @Inject ThrottleSettings rates;

  /**
   * A flow as staff see it: never the endpoint's credential; the endpoint only to say it is set.
   */
  public record FlowOverview(
      String flow,
      String receiver,
      boolean enabled,
      boolean configured,
      boolean ownEndpoint,
      String endpoint,
      boolean credentialSet,
      long pending,
      long sent,
      long openDeadLetters,
      Instant lastSentAt,
      Instant lastAttemptAt,
      Instant oldestPendingAt,
      Instant settingsUpdatedAt,
      Integer ratePerMinute,
      int effectiveRatePerMinute) {}

  /**
   * What an org admin sets; {@code credential} null keeps the stored one, "" removes it; {@code
   * ratePerMinute} null keeps the stored one, 0 removes it (the platform's default applies).
   */
  public record ConfigureFlow(
      String flow, boolean enabled, String endpoint, String credential, Integer ratePerMinute) {}

  public Page<FlowOverview> list(PageRequest page) {
    Map<String, FlowCounts> counts =
        outbox.flowCounts().stream()
            .collect(Collectors.toMap(FlowCounts::flow, Function.identity()));
    Map<String, StoredSetting> own =
        settings.all().stream().collect(Collectors.toMap(StoredSetting::flow, Function.identity()));
    List<FlowOverview> all =
        FlowCatalog.ALL.stream()
            .map(f -> overview(f, counts.get(f.name()), own.get(f.name())))
            .toList();
    return page.slice(all, FlowOverview::flow);
  }

  public FlowOverview get(String flow) {
    FlowCatalog.Flow f = flow(flow);
    FlowCounts counts =
        outbox.flowCounts().stream()
            .filter(c -> c.flow().equals(f.name()))
            .findFirst()
            .orElse(null);
    return overview(f, counts, settings.find(f.name()).orElse(null));
  }

  public Page<BacklogEntry> backlog(String flow, String status, PageRequest page) {
    FlowCatalog.Flow f = flow(flow);
    var after = page.afterInstantAndId();
    return page.page(
        outbox.backlog(
            f.name(),
            status,
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1),
        e -> PageRequest.key(e.createdAt(), e.id()));
  }

  public FlowOverview configure(ConfigureFlow cmd) {
    FlowCatalog.Flow f = flow(cmd.flow());
    String endpoint =
        cmd.endpoint() == null || cmd.endpoint().isBlank() ? null : cmd.endpoint().strip();
    if (endpoint != null && !validEndpoint(endpoint)) {
      throw DomainException.invalidField("endpoint", "INTEGRATION_ENDPOINT_INVALID");
    }
    String tenant = requestContext.tenant().value();
    StoredSetting before = settings.find(f.name()).orElse(null);
    String credential;
    if (cmd.credential() == null) {
      credential = before == null ? null : before.credential();
    } else if (cmd.credential().isBlank()) {
      credential = null;
    } else {
      credential = cipher.encrypt(cmd.credential(), FlowEndpoints.context(tenant, f.name()));
    }
    Integer rate;
    if (cmd.ratePerMinute() == null) {
      rate = before == null ? null : before.ratePerMinute();
    } else {
      rate = cmd.ratePerMinute() == 0 ? null : cmd.ratePerMinute();
    }
    settings.save(
        f.name(), cmd.enabled(), endpoint, credential, rate, requestContext.actor(), Instant.now());
    auditLog.record(
        "INTEGRATION_FLOW_CONFIGURED",
        "integration_flow_setting",
        f.name(),
        before == null
            ? null
            : audit(
                before.enabled(),
                before.endpoint(),
                before.credential() != null,
                before.ratePerMinute()),
        audit(cmd.enabled(), endpoint, credential != null, rate));
    return get(f.name());
  }

  /** Records the home-care statistics of {@code month} (a month that is over) once. */
  public HomeCareStatistics.Run runStatistics(String flow, YearMonth month) {
    FlowCatalog.Flow f = flow(flow);
    if (!Flows.HOME_CARE_MONTHLY_STATS.equals(f.name())) {
      throw DomainException.rule("INTEGRATION_FLOW_NOT_RUNNABLE");
    }
    if (!month.isBefore(YearMonth.from(ChinaTime.today()))) {
      throw DomainException.invalidField("month", "INTEGRATION_MONTH_NOT_OVER");
    }
    HomeCareStatistics.Run run = statistics.record(month);
    if (!run.buyer()) {
      throw DomainException.rule("INTEGRATION_NOT_A_BUYER");
    }
    return run;
  }

  private static String audit(
      boolean enabled, String endpoint, boolean credentialSet, Integer ratePerMinute) {
    var json =
        Json.createObjectBuilder()
            .add("enabled", enabled)
            .add("endpoint", endpoint == null ? "" : endpoint)
            .add("credentialSet", credentialSet);
    if (ratePerMinute != null) {
      json.add("ratePerMinute", ratePerMinute);
    }
    return json.build().toString();
  }

  static boolean validEndpoint(String endpoint) {
    if (endpoint.length() > 500) {
      return false;
    }
    try {
      URI uri = new URI(endpoint);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null
          && uri.getUserInfo() == null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static FlowCatalog.Flow flow(String name) {
    return FlowCatalog.find(name)
        .orElseThrow(() -> DomainException.notFound("INTEGRATION_FLOW_NOT_FOUND"));
  }

  private FlowOverview overview(FlowCatalog.Flow f, FlowCounts counts, StoredSetting own) {
    FlowEndpoints.Delivery delivery = endpoints.of(requestContext.tenant().value(), f.name());
    boolean ownEndpoint = own != null && own.endpoint() != null;
    return new FlowOverview(
        f.name(),
        f.receiver(),
        delivery.enabled(),
        delivery.endpoint().isPresent(),
        ownEndpoint,
        // Only the organization's own endpoint is shown back to it; the platform's stays hidden.
        ownEndpoint ? own.endpoint() : null,
        own != null && own.credential() != null,
        counts == null ? 0 : counts.pending(),
        counts == null ? 0 : counts.sent(),
        counts == null ? 0 : counts.openDeadLetters(),
        counts == null ? null : counts.lastSentAt(),
        counts == null ? null : counts.lastAttemptAt(),
        counts == null ? null : counts.oldestPendingAt(),
        own == null ? null : own.updatedAt(),
        own == null ? null : own.ratePerMinute(),
        rates
            .outbound(
                requestContext.tenant().value(),
                f.gateway(),
                own == null ? null : own.ratePerMinute())
            .perMinute());
  }
}
