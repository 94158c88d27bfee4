package org.linli.integration.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.linli.integration.outbox.application.FlowCatalog;
import org.linli.integration.outbox.domain.DeliveryOutcome;
import org.linli.integration.outbox.infrastructure.PlatformOutbox;
import org.linli.integration.outbox.infrastructure.PlatformOutbox.FlowTotals;

/**
 * The integration in MicroProfile Metrics (/metrics, application scope): per flow the platform's
 * pending events, open dead letters, age of the oldest pending event (gauges, read through the
 * narrow {@code integration_flow_totals} function and cached for a second), and delivery outcomes
 * (counters); per route whether it is started (1) or not (0).
 */
@ApplicationScoped
public class IntegrationMetrics {
  private static final Logger LOG = Logger.getLogger(IntegrationMetrics.class.getName());

  @Inject MetricRegistry registry;
  @Inject PlatformOutbox platform;

  private volatile List<FlowTotals> cached = List.of();
  private volatile Instant cachedAt = Instant.EPOCH;

  /** Registers the gauges; {@code routes} answers route id → status. */
  public void register(java.util.function.Supplier<Map<String, String>> routes, List<String> ids) {
    try {
      for (FlowCatalog.Flow f : FlowCatalog.ALL) {
        Tag flow = new Tag("flow", f.name());
        registry.gauge(
            "linli.integration.outbox.pending", this, m -> m.totals(f.name()).pending(), flow);
        registry.gauge(
            "linli.integration.dead_letters.open",
            this,
            m -> m.totals(f.name()).openDeadLetters(),
            flow);
        registry.gauge(
            "linli.integration.outbox.oldest_pending_seconds",
            this,
            m -> {
              Instant oldest = m.totals(f.name()).oldestPendingAt();
              return oldest == null ? 0L : Duration.between(oldest, Instant.now()).toSeconds();
            },
            flow);
      }
      for (String id : ids) {
        registry.gauge(
            "linli.integration.route.started",
            routes,
            r -> "Started".equals(r.get().get(id)) ? 1 : 0,
            new Tag("route", id));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Integration metrics not registered", e);
    }
  }

  /** Counts one delivery outcome of {@code flow}. */
  public void outcome(String flow, DeliveryOutcome outcome) {
    registry
        .counter(
            "linli.integration.deliveries",
            new Tag("flow", flow),
            new Tag("outcome", outcome.kind().name()))
        .inc();
  }

  private FlowTotals totals(String flow) {
    if (Duration.between(cachedAt, Instant.now()).toMillis() > 1000) {
      try {
        cached = platform.flowTotals();
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "outbox totals unavailable", e);
      }
      cachedAt = Instant.now();
    }
    return cached.stream()
        .filter(t -> t.flow().equals(flow))
        .findFirst()
        .orElse(new FlowTotals(flow, 0, 0, 0, null));
  }
}
