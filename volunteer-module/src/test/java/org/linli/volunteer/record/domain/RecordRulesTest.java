package org.linli.volunteer.record.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;

class RecordRulesTest {
  @Test
  void starLevelsFollowTheThresholds() {
    assertEquals(0, StarLevel.DEFAULT.starsFor(99 * 60 + 59));
    assertEquals(1, StarLevel.DEFAULT.starsFor(100 * 60));
    assertEquals(3, StarLevel.DEFAULT.starsFor(999 * 60));
    assertEquals(5, StarLevel.DEFAULT.starsFor(5000 * 60));
    assertEquals(2, StarLevel.parse("50, 150, 300").starsFor(200 * 60));
    assertThrows(IllegalArgumentException.class, () -> StarLevel.parse("100,100"));
  }

  @Test
  void tenWorkingDaysSkipWeekends() {
    // Friday 2026-11-20 + 10 working days = Friday 2026-12-04
    assertEquals(
        LocalDate.of(2026, 12, 4), WorkingDays.addWorkingDays(LocalDate.of(2026, 11, 20), 10));
    // On Monday 2026-12-07, service on Friday 2026-11-20 is overdue, on Monday 2026-11-23 not yet.
    LocalDate cutoff = WorkingDays.overdueIfServedOnOrBefore(LocalDate.of(2026, 12, 7));
    assertEquals(true, !LocalDate.of(2026, 11, 20).isAfter(cutoff));
    assertEquals(true, LocalDate.of(2026, 11, 23).isAfter(cutoff));
  }

  private static ServiceRecord.Facts facts(Instant start, Instant end) {
    return new ServiceRecord.Facts(
        null, null, "助老", LocalDate.of(2026, 11, 1), "鼓楼", "陪护", start, end, "阳光", "李强");
  }

  @Test
  void aRecordIsReviewedOnceAndRejectionsNeedANote() {
    Instant start = Instant.parse("2026-11-01T01:00:00Z");
    ServiceRecord r =
        ServiceRecord.enteredByStaff(
            "r1", "v1", "p1", facts(start, start.plusSeconds(5400)), "补录", "staff", Instant.now());
    assertEquals(90, r.minutes());
    assertThrows(DomainException.class, () -> r.reject("staff", " ", Instant.now()));
    r.approve("staff", null, Instant.now());
    assertEquals(RecordStatus.APPROVED, r.status());
    assertThrows(DomainException.class, () -> r.approve("staff", null, Instant.now()));
  }

  @Test
  void staffEntriesNeedAReasonAndCannotLieInTheFuture() {
    Instant start = Instant.parse("2026-11-01T01:00:00Z");
    assertThrows(
        DomainException.class,
        () ->
            ServiceRecord.enteredByStaff(
                "r", "v", "p", facts(start, start.plusSeconds(60)), "", "s", Instant.now()));
    Instant future = Instant.now().plusSeconds(3600);
    DomainException e =
        assertThrows(
            DomainException.class,
            () ->
                ServiceRecord.enteredByStaff(
                    "r",
                    "v",
                    "p",
                    facts(future, future.plusSeconds(600)),
                    "x",
                    "s",
                    Instant.now()));
    assertEquals("SERVICE_IN_FUTURE", e.code());
  }

  @Test
  void theMostSpecificRegionalThresholdsWin() {
    java.util.Map<String, String> config =
        java.util.Map.of(
            RegionalStarLevels.KEY + ".320100", "60,200,400,800,1200",
            RegionalStarLevels.KEY + ".310000", "50,100,150,200,250");
    RegionalStarLevels levels =
        new RegionalStarLevels(k -> java.util.Optional.ofNullable(config.get(k)));
    assertEquals(1, levels.forRegion("320106").starsFor(60 * 60), "Nanjing city setting");
    assertEquals(
        5, levels.forRegion("310115").starsFor(250 * 60), "Shanghai province-level setting");
    assertEquals(0, levels.forRegion("110101").starsFor(60 * 60), "platform default");
    assertEquals(0, levels.forRegion(null).starsFor(60 * 60));
  }
}
