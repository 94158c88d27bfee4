package org.linli.volunteer.points.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;

class EarningRulesTest {
  @Test
  void defaultsAreTenPointsAnHourWeightOneUntilTheEndOfNextYear() {
    assertEquals(20, EarningRules.DEFAULT.pointsFor(120, "anything"));
    assertEquals(
        LocalDate.of(2027, 12, 31),
        EarningRules.DEFAULT.expiry().lastValidDay(LocalDate.of(2026, 1, 5)));
  }

  @Test
  void categoryWeightsScaleAndTheResultIsRoundedDown() {
    EarningRules rules =
        new EarningRules(
            10,
            Map.of("elderly-care", new BigDecimal("1.5"), "clean-up", BigDecimal.ZERO),
            ExpiryPolicy.DEFAULT);
    assertEquals(22, rules.pointsFor(90, "elderly-care"), "90/60 x 10 x 1.5 = 22.5 -> 22");
    assertEquals(0, rules.pointsFor(600, "clean-up"));
    assertEquals(16, rules.pointsFor(100, "other"), "100/60 x 10 = 16.67 -> 16");
    assertEquals(16, rules.pointsFor(100, null));
    assertEquals(0, rules.pointsFor(5, "other"), "5 minutes earn less than one point");
  }

  @Test
  void negativeWeightsAndPointsAreRefused() {
    assertThrows(
        DomainException.class,
        () -> new EarningRules(10, Map.of("x", new BigDecimal("-0.1")), null));
    assertThrows(DomainException.class, () -> new EarningRules(-1, Map.of(), null));
  }

  @Test
  void expiryPolicies() {
    LocalDate earned = LocalDate.of(2026, 1, 31);
    assertEquals(
        LocalDate.of(2026, 2, 28),
        new ExpiryPolicy(ExpiryPolicy.Kind.MONTHS, 1).lastValidDay(earned));
    assertNull(new ExpiryPolicy(ExpiryPolicy.Kind.NEVER, 5).lastValidDay(earned));
    assertThrows(DomainException.class, () -> new ExpiryPolicy(ExpiryPolicy.Kind.MONTHS, null));
    assertThrows(DomainException.class, () -> new ExpiryPolicy(ExpiryPolicy.Kind.MONTHS, 0));
  }
}
