package org.linli.volunteer.timebank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DepositPlanTest {
  private static DepositPlan.Deposit ordinary(long minutes) {
    return new DepositPlan.Deposit(minutes, false, false);
  }

  @Test
  void ordinaryHoursFillTheCreditUpToTheCapAndTheRestGoesToThePool() {
    assertEquals(new DepositPlan(90, 0, 0), DepositPlan.of(ordinary(90), 0, 1500 * 60));
    assertEquals(new DepositPlan(10, 0, 80), DepositPlan.of(ordinary(90), 50, 60));
  }

  @Test
  void donateOnlyHoursAreNotCappedAndNeverReachTheCredit() {
    // The credit is full, yet donate-only hours go to their own account in full.
    assertEquals(
        new DepositPlan(0, 90, 0),
        DepositPlan.of(new DepositPlan.Deposit(90, true, false), 60, 60));
  }

  @Test
  void aSettledHoldersHoursGoToThePool() {
    assertEquals(
        new DepositPlan(0, 0, 90), DepositPlan.of(new DepositPlan.Deposit(90, true, true), 0, 60));
    assertEquals(
        new DepositPlan(0, 0, 90), DepositPlan.of(new DepositPlan.Deposit(90, false, true), 0, 60));
  }

  @Test
  void aZeroWeightEarnsNothingAndThePartsAlwaysAddUp() {
    assertEquals(0, DepositPlan.of(ordinary(0), 0, 60).total());
    assertEquals(135, DepositPlan.of(ordinary(135), 30, 60).total());
    assertThrows(IllegalArgumentException.class, () -> DepositPlan.of(ordinary(-1), 0, 60));
  }
}
