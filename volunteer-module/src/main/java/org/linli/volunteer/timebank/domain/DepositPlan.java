package org.linli.volunteer.timebank.domain;

/**
 * Where the weighted minutes of one approved service go: the volunteer's ordinary credit (up to the
 * storage cap), their donate-only account (group activities under donate-only rules; not capped,
 * since those hours can only ever reach the pool), or the pool (over the cap, or when the holder's
 * account was settled after death). The parts always add up to the weighted minutes.
 */
public record DepositPlan(long toCredit, long toDonateOnly, long toPool) {

  /** What the approved service earns and where the rules send it. */
  public record Deposit(long weightedMinutes, boolean donateOnly, boolean holderSettled) {}

  public static DepositPlan of(Deposit deposit, long creditBalance, long capMinutes) {
    long minutes = deposit.weightedMinutes();
    if (minutes < 0) {
      throw new IllegalArgumentException("weighted minutes must not be negative");
    }
    if (deposit.holderSettled()) {
      return new DepositPlan(0, 0, minutes);
    }
    if (deposit.donateOnly()) {
      return new DepositPlan(0, minutes, 0);
    }
    if (minutes == 0) {
      return new DepositPlan(0, 0, 0);
    }
    DepositSplit split = DepositSplit.of(creditBalance, minutes, capMinutes);
    return new DepositPlan(split.toVolunteer(), 0, split.toPool());
  }

  public long total() {
    return toCredit + toDonateOnly + toPool;
  }
}
