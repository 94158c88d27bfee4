package org.linli.integration.inbound.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Settings of the inbound lists, from MicroProfile Config (environment variables in production).
 * Secrets (the gateway's shared key, the SFTP password) come only from there: never from the
 * repository, never returned by the API. Per organization {@code <key>.<org>} overrides {@code
 * <key>}.
 */
@ApplicationScoped
public class InboundSettings {
  @Inject Config config;

  /** The shared HMAC key the province gateway signs this organization's messages with. */
  public Optional<String> gatewaySecret(String org) {
    return perOrg("linli.integration.gateway.secret", org);
  }

  /** How far a message's timestamp may be from now (default five minutes). */
  public Duration gatewayMaxSkew() {
    return Duration.parse(
        config.getOptionalValue("linli.integration.gateway.max-skew", String.class).orElse("PT5M"));
  }

  /**
   * Organizations whose rosters the bureau's SFTP server holds, one folder each (comma-separated;
   * {@code *}: every organization with a folder there). Empty: no SFTP route.
   */
  public List<String> sftpOrgs() {
    return config
        .getOptionalValue("linli.integration.sftp.orgs", String.class)
        .map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList())
        .orElse(List.of());
  }

  /** {@code host:port} of the bureau's SFTP server. */
  public Optional<String> sftpAddress() {
    return value("linli.integration.sftp.address");
  }

  public Optional<String> sftpUser() {
    return value("linli.integration.sftp.user");
  }

  /** A secret: from the environment only. */
  public Optional<String> sftpPassword() {
    return value("linli.integration.sftp.password");
  }

  /** The folder on the server holding one folder per organization. */
  public String sftpDirectory() {
    return value("linli.integration.sftp.directory").orElse(".");
  }

  public Duration sftpInterval() {
    return Duration.parse(
        config.getOptionalValue("linli.integration.sftp.interval", String.class).orElse("PT30S"));
  }

  /** Consumers polling the server at once on this node (more than one only to prove the lock). */
  public int sftpConsumers() {
    return config.getOptionalValue("linli.integration.sftp.consumers", Integer.class).orElse(1);
  }

  /**
   * How long a claimed file may go without a committed chunk before another consumer takes it over
   * (its node is taken for dead). Far above the time of one chunk.
   */
  public Duration lease() {
    return Duration.parse(
        config.getOptionalValue("linli.integration.inbound.lease", String.class).orElse("PT2M"));
  }

  /**
   * Rows of a roster per transaction (default 1,000): fewer on a slow machine, where a chunk must
   * still commit well within the server's transaction timeout (120 s).
   */
  public int chunkRows() {
    return Math.max(
        1,
        config
            .getOptionalValue("linli.integration.inbound.chunk-rows", Integer.class)
            .orElse(1000));
  }

  /**
   * How long a chunk waits for a row another transaction holds (staff editing a resident, a notice
   * being applied) before it gives up; the chunk then rolls back and the file is tried again from
   * its last committed line ({@link #retryAttempts}). Zero waits as long as the transaction lives.
   */
  public Duration lockTimeout() {
    return Duration.parse(
        config
            .getOptionalValue("linli.integration.inbound.lock-timeout", String.class)
            .orElse("PT10S"));
  }

  /**
   * Attempts at a list file that fails for a temporary reason (transaction timeout, database
   * unavailable, lock timeout) before its consumer gives it back to the inbox for the next poll.
   */
  public int retryAttempts() {
    return Math.max(
        1,
        config
            .getOptionalValue("linli.integration.inbound.retry.attempts", Integer.class)
            .orElse(4));
  }

  /** The wait before the second attempt; it doubles with each further one. */
  public Duration retryBackoff() {
    return Duration.parse(
        config
            .getOptionalValue("linli.integration.inbound.retry.backoff", String.class)
            .orElse("PT2S"));
  }

  private Optional<String> value(String key) {
    return config.getOptionalValue(key, String.class).filter(s -> !s.isBlank());
  }

  private Optional<String> perOrg(String key, String org) {
    return config
        .getOptionalValue(key + "." + org, String.class)
        .or(() -> config.getOptionalValue(key, String.class))
        .filter(s -> !s.isBlank());
  }
}
