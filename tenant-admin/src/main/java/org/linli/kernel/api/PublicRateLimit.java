package org.linli.kernel.api;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rate of requests one client address may make to the public endpoints, from {@code
 * linli.public.rate-limit.per-minute} (env {@code LINLI_PUBLIC_RATE_LIMIT_PER_MINUTE}). Kept in
 * memory per node: with several nodes a client gets up to that rate on each.
 */
@ApplicationScoped
public class PublicRateLimit {
  /** Addresses remembered at most; idle ones are forgotten first. */
  static final int MAX_ADDRESSES = 100_000;

  @Inject
  @ConfigProperty(name = "linli.public.rate-limit.per-minute", defaultValue = "60")
  int perMinute;

  private TokenBuckets buckets;

  @PostConstruct
  void start() {
    buckets = new TokenBuckets(Math.max(1, perMinute), MAX_ADDRESSES, System::nanoTime);
  }

  /** 0 when the request may proceed, else the seconds the address has to wait. */
  long take(String address) {
    return buckets.take(address == null ? "" : address);
  }
}
