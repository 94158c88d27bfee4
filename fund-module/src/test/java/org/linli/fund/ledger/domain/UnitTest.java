package org.linli.fund.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;

class UnitTest {
  @Test
  void parsesEachUnitsDecimalForm() {
    assertEquals(12345, Unit.CNY.parse("a", "123.45"));
    assertEquals(-50, Unit.CNY.parse("a", "-0.5"));
    assertEquals(90, Unit.HOUR.parse("a", "1.50"));
    assertEquals(60, Unit.HOUR.parse("a", "1"));
    assertEquals(10, Unit.POINT.parse("a", "10"));
  }

  @Test
  void refusesMoreDecimalsThanTheUnitHasOrPartialMinorUnits() {
    for (String bad : new String[] {"1.001", "1e3", "+1", " 1", "1.", ".5", "", "abc"}) {
      assertEquals(
          "INVALID_AMOUNT",
          assertThrows(DomainException.class, () -> Unit.CNY.parse("a", bad)).code(),
          bad);
    }
    assertThrows(DomainException.class, () -> Unit.POINT.parse("a", "1.0"));
    assertThrows(DomainException.class, () -> Unit.HOUR.parse("a", "1.01")); // 60.6 minutes
    assertThrows(DomainException.class, () -> Unit.CNY.parse("a", null));
  }

  @Test
  void formatsMinorUnits() {
    assertEquals("123.45", Unit.CNY.format(12345));
    assertEquals("-0.05", Unit.CNY.format(-5));
    assertEquals("1.50", Unit.HOUR.format(90));
    assertEquals("10", Unit.POINT.format(10));
  }

  @Test
  void onlyCnyIsPostedByHand() {
    assertEquals(true, Unit.CNY.manuallyPostable());
    assertEquals(false, Unit.HOUR.manuallyPostable(), "hours come from the time bank");
    assertEquals(false, Unit.POINT.manuallyPostable(), "points come from the points rules");
  }
}
