package org.linli.volunteer.activity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;

class ShiftWindowTest {
  private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

  private static Shift shift(Instant start, Instant end) {
    return new Shift("s", "a", start, end, 5, Set.of(), 16, NOW);
  }

  private static void assertRefused(String code, String field, Instant start, Instant end) {
    DomainException e = assertThrows(DomainException.class, () -> shift(start, end));
    assertEquals(code, e.code());
    assertEquals(field, e.fieldErrors().get(0).field());
  }

  @Test
  void acceptsPastAndPlannedShiftsUpTo24Hours() {
    shift(NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(400)).plusSeconds(7200));
    shift(
        NOW.plus(Duration.ofDays(700)), NOW.plus(Duration.ofDays(700)).plus(Duration.ofHours(24)));
  }

  @Test
  void refusesStartsBefore2000OrMoreThanTwoYearsAhead() {
    Instant yearZero = Instant.parse("0000-01-01T01:00:00Z");
    assertRefused("SHIFT_START_OUT_OF_RANGE", "startsAt", yearZero, yearZero.plusSeconds(3600));
    Instant y1999 = Instant.parse("1999-12-31T08:00:00Z");
    assertRefused("SHIFT_START_OUT_OF_RANGE", "startsAt", y1999, y1999.plusSeconds(3600));
    Instant farAhead = NOW.plus(Duration.ofDays(3 * 365));
    assertRefused("SHIFT_START_OUT_OF_RANGE", "startsAt", farAhead, farAhead.plusSeconds(3600));
  }

  @Test
  void refusesShiftsLongerThan24Hours() {
    Instant start = NOW.plus(Duration.ofDays(1));
    assertRefused(
        "SHIFT_TOO_LONG", "endsAt", start, start.plus(Duration.ofHours(24)).plusSeconds(1));
    assertRefused("SHIFT_TOO_LONG", "endsAt", start, Instant.parse("9999-12-31T23:00:00Z"));
  }
}
