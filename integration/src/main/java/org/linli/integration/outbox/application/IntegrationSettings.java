package org.linli.integration.outbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.linli.integration.outbox.domain.Backoff;

/**
 * Platform settings of the integration, from MicroProfile Config (environment variables in
 * production: LINLI_INTEGRATION_MZT061_URL ...). Credentials come only from there: never from the
 * repository, never returned by the API. An organization may have its own endpoint ({@code
 * linli.integration.mzt061.url.<org>}), else the platform's is used.
 */
@ApplicationScoped
public class IntegrationSettings {
  @Inject Config config;

  /** Where the 全国志愿服务信息系统 receives service records for {@code tenant}, if configured. */
  public Optional<String> mzt061Url(String tenant) {
    return config
        .getOptionalValue("linli.integration.mzt061.url." + tenant, String.class)
        .or(() -> config.getOptionalValue("linli.integration.mzt061.url", String.class))
        .filter(s -> !s.isBlank());
  }

  /** The bearer token for the 全国志愿服务信息系统, if any (a secret). */
  public Optional<String> mzt061Token() {
    return config
        .getOptionalValue("linli.integration.mzt061.token", String.class)
        .filter(s -> !s.isBlank());
  }

  public boolean relayEnabled() {
    return config.getOptionalValue("linli.integration.relay.enabled", Boolean.class).orElse(true);
  }

  /**
   * Relays polling the outbox at once on this node (default 1; more only to prove that relays on
   * one database never deliver an event twice, as the tests do).
   */
  public int relayConsumers() {
    return Math.max(
        1, config.getOptionalValue("linli.integration.relay.consumers", Integer.class).orElse(1));
  }

  /** This node's name in what its relays deliver ({@code linli.node.name}, else host and pid). */
  public String nodeName() {
    return config
        .getOptionalValue("linli.node.name", String.class)
        .filter(s -> !s.isBlank())
        .orElseGet(
            () ->
                java.util.Optional.ofNullable(System.getenv("HOSTNAME")).orElse("node")
                    + ":"
                    + ProcessHandle.current().pid());
  }

  /** How often the relay polls the outbox. */
  public Duration pollInterval() {
    return duration("linli.integration.relay.interval", "PT1S");
  }

  public Backoff backoff() {
    return new Backoff(
        duration("linli.integration.retry.base", "PT2S"),
        duration("linli.integration.retry.cap", "PT10M"),
        config.getOptionalValue("linli.integration.retry.max-attempts", Integer.class).orElse(10));
  }

  /** Connect and answer timeout of one delivery. */
  public Duration deliveryTimeout() {
    return duration("linli.integration.delivery.timeout", "PT10S");
  }

  private Duration duration(String key, String fallback) {
    return Duration.parse(config.getOptionalValue(key, String.class).orElse(fallback));
  }
}
