package org.linli.volunteer.registration.domain;

import java.time.LocalDate;
import java.time.Period;
import org.linli.kernel.error.DomainException;

/**
 * Who may register, following 《志愿服务条例》 Art. 15 and 《民法典》 Art. 17–19: from 18 on a volunteer decides
 * alone; 16–17 year olds who live on their own labour income are treated as adults (Art. 18), other
 * minors from 14 need recorded guardian consent; under 14 is refused (activities for children are
 * joined with a guardian, not as a registered volunteer).
 */
public final class AgePolicy {
  public static final int MINIMUM_AGE = 14;
  static final int ADULT = 18;
  static final int SELF_SUPPORTING_FROM = 16;

  private AgePolicy() {}

  public static int ageOn(LocalDate birthDate, LocalDate day) {
    return Period.between(birthDate, day).getYears();
  }

  /** Throws unless a person of this age may register with what they provided. */
  public static void check(int age, boolean guardianConsent, boolean selfSupporting) {
    if (age < MINIMUM_AGE) {
      throw DomainException.rule("TOO_YOUNG");
    }
    boolean treatedAsAdult = age >= ADULT || (age >= SELF_SUPPORTING_FROM && selfSupporting);
    if (!treatedAsAdult && !guardianConsent) {
      throw DomainException.rule("GUARDIAN_CONSENT_REQUIRED");
    }
  }
}
