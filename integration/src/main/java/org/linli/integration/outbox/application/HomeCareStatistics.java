package org.linli.integration.outbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import org.linli.integration.outbox.infrastructure.OutboxStore;
import org.linli.integration.outbox.infrastructure.PurchaseStatsQuery;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;

/**
 * The monthly home-care service statistics of a buyer organization for the city 养老服务 platform: its
 * service orders of the month counted per item and status. Recorded once per (organization, month)
 * whatever the number of nodes or runs: the month is the event's dedupe key, so the unique index
 * lets one row in and every later try does nothing.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class HomeCareStatistics {
  @Inject OutboxStore outbox;
  @Inject PurchaseStatsQuery purchases;
  @Inject FlowEndpoints endpoints;
  @Inject RequestContext requestContext;

  /** What one run did: the month and, when this run recorded it, the new event's id. */
  public record Run(YearMonth month, boolean buyer, Optional<String> recordedEventId) {}

  public Run record(YearMonth month) {
    if (!endpoints.enabled(Flows.HOME_CARE_MONTHLY_STATS) || !purchases.isBuyer()) {
      return new Run(month, false, Optional.empty());
    }
    String tenant = requestContext.tenant().value();
    String id = UUID.randomUUID().toString();
    boolean added =
        outbox.appendOnce(
            id,
            Flows.HOME_CARE_MONTHLY_STATS,
            "home-care-stats",
            month.toString(),
            OutboundPayloads.monthlyStats(tenant, month, purchases.ordersOf(month)).toString(),
            Instant.now());
    return new Run(month, true, added ? Optional.of(id) : Optional.empty());
  }
}
