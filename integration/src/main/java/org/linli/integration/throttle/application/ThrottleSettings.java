package org.linli.integration.throttle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.linli.integration.throttle.domain.GatewayRate;

/**
 * Where the agreed rates come from (MicroProfile Config; environment variables in production).
 *
 * <ul>
 *   <li>Outbound, per receiving system's gateway ({@code volunteer-system}, {@code e-receipt},
 *       {@code elderly-care}) and tenant: the organization's own flow setting, else {@code
 *       linli.integration.<gateway>.rate-per-minute.<org>}, {@code
 *       linli.integration.<gateway>.rate-per-minute}, {@code
 *       linli.integration.outbound.rate-per-minute} (default 600; 0: no limit). A delivery waits at
 *       most {@code linli.integration.outbound.max-wait} (PT1S) for its slot, else it is put back
 *       until its slot comes.
 *   <li>Inbound, the province gateway's pushes per organization: {@code
 *       linli.integration.inbound.rate-per-minute[.<org>]} (default 120; 0: no limit) with a burst
 *       of {@code linli.integration.inbound.burst[.<org>]} (default 20).
 * </ul>
 */
@ApplicationScoped
public class ThrottleSettings {
  /** The rate-slot key of the province gateway's pushes. */
  public static final String INBOUND_GATEWAY = "province-gateway";

  @Inject Config config;

  public GatewayRate outbound(String org, String gateway, Integer ownPerMinute) {
    if (ownPerMinute != null) {
      return GatewayRate.perMinute(ownPerMinute);
    }
    String key = "linli.integration." + gateway + ".rate-per-minute";
    int perMinute =
        integer(key + "." + org)
            .or(() -> integer(key))
            .or(() -> integer("linli.integration.outbound.rate-per-minute"))
            .orElse(600);
    return GatewayRate.perMinute(perMinute);
  }

  public Duration outboundMaxWait() {
    return Duration.parse(
        config
            .getOptionalValue("linli.integration.outbound.max-wait", String.class)
            .orElse("PT1S"));
  }

  public GatewayRate inbound(String org) {
    int perMinute = perOrg("linli.integration.inbound.rate-per-minute", org).orElse(120);
    if (perMinute <= 0) {
      return GatewayRate.UNLIMITED;
    }
    int burst = perOrg("linli.integration.inbound.burst", org).orElse(20);
    return new GatewayRate(Math.min(perMinute, 60_000), Math.max(1, burst));
  }

  private Optional<Integer> perOrg(String key, String org) {
    return integer(key + "." + org).or(() -> integer(key));
  }

  private Optional<Integer> integer(String key) {
    return config
        .getOptionalValue(key, String.class)
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(Integer::valueOf);
  }
}
