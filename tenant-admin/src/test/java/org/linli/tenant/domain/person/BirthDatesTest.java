package org.linli.tenant.domain.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;

class BirthDatesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  @Test
  void acceptsTodayAndExactly120YearsAgo() {
    assertEquals(TODAY, BirthDates.requirePlausible("birthDate", TODAY, TODAY));
    LocalDate oldest = TODAY.minusYears(120);
    assertEquals(oldest, BirthDates.requirePlausible("birthDate", oldest, TODAY));
  }

  @Test
  void refusesYearZeroMoreThan120YearsAgoAndTheFuture() {
    for (LocalDate date :
        new LocalDate[] {
          LocalDate.of(0, 1, 1),
          TODAY.minusYears(136),
          TODAY.minusYears(120).minusDays(1),
          TODAY.plusDays(1)
        }) {
      DomainException e =
          assertThrows(
              DomainException.class, () -> BirthDates.requirePlausible("birthDate", date, TODAY));
      assertEquals("IMPLAUSIBLE_BIRTH_DATE", e.code(), date::toString);
      assertEquals("birthDate", e.fieldErrors().get(0).field());
    }
  }
}
