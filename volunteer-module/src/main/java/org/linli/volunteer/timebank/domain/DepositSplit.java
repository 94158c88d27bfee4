package org.linli.volunteer.timebank.domain;

/**
 * How approved minutes split under the storage cap: what the volunteer's account can still hold,
 * and the rest for the organization's pool, so the deposited value never vanishes.
 *
 * @param toVolunteer minutes credited to the volunteer (0..minutes)
 * @param toPool minutes over the cap, credited to the pool
 */
public record DepositSplit(long toVolunteer, long toPool) {

  public static DepositSplit of(long balance, long minutes, long capMinutes) {
    if (minutes <= 0 || capMinutes < 0) {
      throw new IllegalArgumentException("minutes must be positive and the cap not negative");
    }
    long room = Math.max(0, capMinutes - balance);
    long toVolunteer = Math.min(minutes, room);
    return new DepositSplit(toVolunteer, minutes - toVolunteer);
  }
}
