package org.linli.integration.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.linli.integration.camel.CamelRuntime;
import org.linli.integration.outbox.infrastructure.PlatformOutbox;

/**
 * Integration in /health: live while the Camel context and every route run; readiness reports the
 * outbox backlog and open dead letters as data (a backlog is normal while a receiver is down, so it
 * does not take the node out of service).
 */
@ApplicationScoped
public class IntegrationHealth {
  @Inject CamelRuntime camel;
  @Inject PlatformOutbox platform;

  @Produces
  @Liveness
  HealthCheck camelRoutes() {
    return () -> {
      Map<String, String> routes = camel.routeStatus();
      boolean up =
          camel.running()
              && !routes.isEmpty()
              && routes.values().stream().allMatch("Started"::equals);
      HealthCheckResponseBuilder b = HealthCheckResponse.named("camel").status(up);
      routes.forEach((id, status) -> b.withData("route." + id, status));
      return b.build();
    };
  }

  @Produces
  @Readiness
  HealthCheck outbox() {
    return () -> {
      HealthCheckResponseBuilder b = HealthCheckResponse.named("integration-outbox").up();
      try {
        PlatformOutbox.Totals totals = platform.totals();
        b.withData("pending", totals.pending())
            .withData("openDeadLetters", totals.openDeadLetters());
        for (PlatformOutbox.FlowTotals flow : platform.flowTotals()) {
          b.withData("pending." + flow.flow(), flow.pending())
              .withData("openDeadLetters." + flow.flow(), flow.openDeadLetters());
        }
      } catch (RuntimeException e) {
        b.withData("error", "totals unavailable");
      }
      return b.build();
    };
  }
}
