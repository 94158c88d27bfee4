package org.linli.kernel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {
  final AtomicLong now = new AtomicLong(1_000_000_000L);

  void advanceSeconds(long seconds) {
    now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
  }

  @Test
  void grantsTheBurstThenRefusesWithTheWaitUntilTheNextToken() {
    TokenBuckets buckets = new TokenBuckets(6, 100, now::get); // one token per 10 s
    for (int i = 0; i < 6; i++) {
      assertEquals(0, buckets.take("a"), "request " + i);
    }
    assertEquals(10, buckets.take("a"));
    advanceSeconds(4);
    assertEquals(6, buckets.take("a"));
    advanceSeconds(6);
    assertEquals(0, buckets.take("a"), "refilled");
    assertTrue(buckets.take("a") > 0);
  }

  @Test
  void eachKeyHasItsOwnBucket() {
    TokenBuckets buckets = new TokenBuckets(1, 100, now::get);
    assertEquals(0, buckets.take("a"));
    assertTrue(buckets.take("a") > 0);
    assertEquals(0, buckets.take("b"), "another address is not slowed down");
  }

  @Test
  void neverRefillsBeyondTheBurst() {
    TokenBuckets buckets = new TokenBuckets(2, 100, now::get);
    advanceSeconds(3600);
    assertEquals(0, buckets.take("a"));
    assertEquals(0, buckets.take("a"));
    assertTrue(buckets.take("a") > 0);
  }

  @Test
  void staysBoundedForgettingIdleKeysFirstThenSharingAnOverflowBucket() {
    TokenBuckets buckets = new TokenBuckets(1, 3, now::get);
    buckets.take("a");
    buckets.take("b");
    buckets.take("c");
    assertEquals(0, buckets.take("d"), "the map is full of busy keys: d takes the overflow's");
    assertTrue(buckets.take("e") > 0, "e shares the overflow bucket with d");
    assertEquals(3, buckets.size());
    advanceSeconds(60);
    assertEquals(0, buckets.take("f"), "idle keys were forgotten to make room");
    assertTrue(buckets.size() <= 3, "size " + buckets.size());
  }
}
