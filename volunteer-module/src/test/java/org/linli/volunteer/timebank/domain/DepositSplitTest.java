package org.linli.volunteer.timebank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DepositSplitTest {
  @Test
  void underTheCapAllGoesToTheVolunteer() {
    assertEquals(new DepositSplit(90, 0), DepositSplit.of(0, 90, 1500 * 60));
  }

  @Test
  void theExcessOverTheCapGoesToThePool() {
    assertEquals(new DepositSplit(60, 30), DepositSplit.of(0, 90, 60));
    assertEquals(new DepositSplit(10, 80), DepositSplit.of(50, 90, 60));
  }

  @Test
  void atOrOverTheCapEverythingGoesToThePool() {
    assertEquals(new DepositSplit(0, 90), DepositSplit.of(60, 90, 60));
    // A cap lowered below an existing balance takes nothing away; new hours go to the pool.
    assertEquals(new DepositSplit(0, 90), DepositSplit.of(120, 90, 60));
  }

  @Test
  void refusesNonPositiveMinutes() {
    assertThrows(IllegalArgumentException.class, () -> DepositSplit.of(0, 0, 60));
  }
}
