package org.linli.kernel.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (e.g. per client address): up to {@code perMinute} requests at once, then
 * one more every {@code 60 s / perMinute}. In memory, so per node. The map stays bounded: when it
 * reaches {@code maxKeys}, buckets that have refilled completely are forgotten (a new bucket would
 * be the same), and if that is not enough, new keys share one overflow bucket.
 */
public final class TokenBuckets {
  private final double capacity;
  private final double tokensPerNano;
  private final int maxKeys;
  private final LongSupplier nanoClock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final Bucket overflow;

  public TokenBuckets(int perMinute, int maxKeys, LongSupplier nanoClock) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("perMinute must be at least 1: " + perMinute);
    }
    this.capacity = perMinute;
    this.tokensPerNano = perMinute / 60e9;
    this.maxKeys = maxKeys;
    this.nanoClock = nanoClock;
    this.overflow = new Bucket(nanoClock.getAsLong());
  }

  /** Takes a token for {@code key}: 0 when granted, else the whole seconds until one is free. */
  public long take(String key) {
    long now = nanoClock.getAsLong();
    if (buckets.size() >= maxKeys && !buckets.containsKey(key)) {
      buckets.entrySet().removeIf(e -> e.getValue().fullAt(now));
      if (buckets.size() >= maxKeys) {
        return overflow.take(now);
      }
    }
    return buckets.computeIfAbsent(key, k -> new Bucket(now)).take(now);
  }

  int size() {
    return buckets.size();
  }

  private final class Bucket {
    private double tokens = capacity;
    private long updated;

    Bucket(long now) {
      this.updated = now;
    }

    synchronized long take(long now) {
      tokens = Math.min(capacity, tokens + (now - updated) * tokensPerNano);
      updated = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano / 1e9));
    }

    synchronized boolean fullAt(long now) {
      return tokens + (now - updated) * tokensPerNano >= capacity;
    }
  }
}
