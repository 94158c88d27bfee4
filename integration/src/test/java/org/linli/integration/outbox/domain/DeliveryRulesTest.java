package org.linli.integration.outbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryRulesTest {
  @Test
  void statusesAreClassified() {
    assertEquals(DeliveryOutcome.Kind.DELIVERED, DeliveryOutcome.ofStatus(201, "").kind());
    assertEquals(DeliveryOutcome.Kind.DELIVERED, DeliveryOutcome.ofStatus(200, "").kind());
    for (int transientStatus : new int[] {408, 429, 500, 502, 503, 504}) {
      assertEquals(
          DeliveryOutcome.Kind.TRANSIENT, DeliveryOutcome.ofStatus(transientStatus, "").kind());
    }
    for (int permanent : new int[] {400, 401, 403, 404, 409, 422}) {
      assertEquals(DeliveryOutcome.Kind.PERMANENT, DeliveryOutcome.ofStatus(permanent, "").kind());
    }
    assertEquals(
        "HTTP 422: {\"code\":\"X\"}", DeliveryOutcome.ofStatus(422, "{\"code\":\"X\"}\n").error());
  }

  @Test
  void errorsAreShortAndOnOneLine() {
    String clipped = DeliveryOutcome.clip("a\nb\r\n" + "x".repeat(900));
    assertFalse(clipped.contains("\n"));
    assertEquals(501, clipped.length());
  }

  @Test
  void backoffDoublesUpToTheCapAndEnds() {
    Backoff b = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(1), 5);
    assertEquals(Duration.ofSeconds(2), b.after(1));
    assertEquals(Duration.ofSeconds(4), b.after(2));
    assertEquals(Duration.ofSeconds(32), b.after(5));
    assertEquals(Duration.ofMinutes(1), b.after(6));
    assertEquals(Duration.ofMinutes(1), b.after(100));
    assertFalse(b.exhausted(4));
    assertTrue(b.exhausted(5));
  }
}
