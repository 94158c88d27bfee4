package org.linli.integration.outbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.linli.integration.outbox.infrastructure.FlowSettingsStore;
import org.linli.integration.outbox.infrastructure.FlowSettingsStore.StoredSetting;
import org.linli.kernel.crypto.PiiCipher;

/**
 * Where and how a flow of the bound tenant is delivered: the organization's own setting first
 * ({@code integration_flow_setting}), then MicroProfile Config ({@code
 * linli.integration.<key>.url[.<org>]}, {@code linli.integration.<key>.token}), then the gateway
 * ({@code linli.integration.gateway.url} + the flow's path). Runs inside a tenant-bound
 * transaction.
 */
@ApplicationScoped
public class FlowEndpoints {
  @Inject Config config;
  @Inject FlowSettingsStore store;
  @Inject PiiCipher cipher;

  /** The effective delivery of one flow: enabled, endpoint and credential (a secret). */
  public record Delivery(boolean enabled, Optional<String> endpoint, Optional<String> credential) {}

  public Delivery of(String tenant, String flow) {
    FlowCatalog.Flow f = FlowCatalog.find(flow).orElseThrow();
    Optional<StoredSetting> own = store.find(flow);
    boolean enabled = own.map(StoredSetting::enabled).orElse(true);
    Optional<String> endpoint =
        own.map(StoredSetting::endpoint)
            .filter(s -> !s.isBlank())
            .or(() -> configured("linli.integration." + f.configKey() + ".url." + tenant))
            .or(() -> configured("linli.integration." + f.configKey() + ".url"))
            .or(
                () ->
                    configured("linli.integration.gateway.url")
                        .map(g -> strip(g) + f.gatewayPath()));
    Optional<String> credential =
        own.map(StoredSetting::credential)
            .filter(s -> !s.isBlank())
            .map(c -> cipher.decrypt(c, context(tenant, flow)))
            .or(() -> configured("linli.integration." + f.configKey() + ".token"));
    return new Delivery(enabled, endpoint, credential);
  }

  /** Whether the flow records events for the bound tenant (not switched off by the org). */
  public boolean enabled(String flow) {
    return store.find(flow).map(StoredSetting::enabled).orElse(true);
  }

  /** The encryption context of a stored credential: bound to its tenant and flow. */
  public static String context(String tenant, String flow) {
    return "integration-flow:" + tenant + ":" + flow;
  }

  private Optional<String> configured(String key) {
    return config.getOptionalValue(key, String.class).filter(s -> !s.isBlank());
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
