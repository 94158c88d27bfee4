package org.linli.fund.purchase.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderFlagTest {
  static final Instant T0 = Instant.parse("2026-12-07T01:00:00Z");
  static final Instant T1 = T0.plusSeconds(60);

  static OrderFlag open() {
    return new OrderFlag(
        "o1",
        AnomalyRule.SHORT_VISIT,
        "c1",
        "g",
        "p",
        FlagStatus.OPEN,
        List.of("0", "60"),
        T0,
        T0,
        null,
        null,
        null,
        null,
        1);
  }

  @Test
  void aClearedFlagRaisedAgainIsOpenFromThen() {
    OrderFlag cleared = open().cleared(T0);
    assertEquals(FlagStatus.CLEARED, cleared.status());
    assertEquals(2, cleared.version());
    OrderFlag again = cleared.raised(List.of("5", "60"), T1);
    assertEquals(FlagStatus.OPEN, again.status());
    assertEquals(T1, again.raisedAt());
    assertEquals(List.of("5", "60"), again.args());
    assertEquals(3, again.version());
  }

  @Test
  void aDecidedFlagKeepsItsFiguresAndDecision() {
    OrderFlag accepted = open().resolve(FlagStatus.ACCEPTED, "pid", "admin", "家属确认", T1);
    assertTrue(accepted.resolved());
    OrderFlag raised = accepted.raised(List.of("9", "60"), T1);
    assertEquals(FlagStatus.ACCEPTED, raised.status());
    assertEquals(List.of("0", "60"), raised.args());
    assertEquals("家属确认", raised.reason());
  }
}
