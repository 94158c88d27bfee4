package org.linli.tenant.domain.person;

import java.time.LocalDate;
import org.linli.kernel.error.DomainException;

/**
 * A birth date a person can have: not in the future (on Beijing time, where the records are kept)
 * and not more than {@link #OLDEST_AGE} years ago, which refuses year 0000 and other typing errors
 * while leaving room for the oldest people alive.
 */
public final class BirthDates {
  public static final int OLDEST_AGE = 120;

  private BirthDates() {}

  /**
   * The date itself when plausible on {@code today}; otherwise a 400 on {@code field}.
   *
   * @throws DomainException {@code IMPLAUSIBLE_BIRTH_DATE}
   */
  public static LocalDate requirePlausible(String field, LocalDate birthDate, LocalDate today) {
    if (birthDate.isAfter(today) || birthDate.isBefore(today.minusYears(OLDEST_AGE))) {
      throw DomainException.invalidField(field, "IMPLAUSIBLE_BIRTH_DATE").with(OLDEST_AGE);
    }
    return birthDate;
  }
}
