package org.linli.volunteer.recognition.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;

class TrainingAwardRulesTest {
  // 2026-11-20 23:30 in Beijing, still 2026-11-20 15:30 in UTC.
  static final Instant LATE_EVENING = Instant.parse("2026-11-20T15:30:00Z");
  static final TrainingRecord.Origin NEW = new TrainingRecord.Origin("v", "p", null, null);

  static TrainingRecord.Facts on(LocalDate day, int minutes) {
    return new TrainingRecord.Facts("急救", "协会", day, minutes, "心肺复苏", null);
  }

  @Test
  void datesAreCalendarDaysInChinaAndNeverInTheFuture() {
    var today =
        TrainingRecord.record("t", NEW, on(LocalDate.of(2026, 11, 20), 60), "s", LATE_EVENING);
    assertEquals(60, today.minutes());
    var early = Instant.parse("2026-11-20T16:30:00Z"); // 00:30 on the 21st in Beijing
    TrainingRecord.record("t", NEW, on(LocalDate.of(2026, 11, 21), 60), "s", early);
    var future =
        assertThrows(
            DomainException.class,
            () ->
                TrainingRecord.record(
                    "t", NEW, on(LocalDate.of(2026, 11, 21), 60), "s", LATE_EVENING));
    assertEquals("DATE_IN_FUTURE", future.code());
    var award =
        new AwardRecord.Facts("优秀", AwardLevel.DISTRICT, "民政局", LocalDate.of(2026, 11, 21), null);
    assertEquals(
        "DATE_IN_FUTURE",
        assertThrows(
                DomainException.class,
                () ->
                    AwardRecord.record(
                        "a",
                        new AwardRecord.Origin("v", "p", null, null),
                        award,
                        "s",
                        LATE_EVENING))
            .code());
  }

  @Test
  void hoursMustBePositiveAndCorrectionsNeedAReason() {
    var zero =
        assertThrows(
            DomainException.class,
            () ->
                TrainingRecord.record(
                    "t", NEW, on(LocalDate.of(2026, 1, 1), 0), "s", LATE_EVENING));
    assertEquals("HOURS_NOT_POSITIVE", zero.code());
    var noReason =
        assertThrows(
            DomainException.class,
            () ->
                TrainingRecord.record(
                    "t",
                    new TrainingRecord.Origin("v", "p", "old", " "),
                    on(LocalDate.of(2026, 1, 1), 30),
                    "s",
                    LATE_EVENING));
    assertEquals("REASON_REQUIRED", noReason.code());
    var fix =
        TrainingRecord.record(
            "t",
            new TrainingRecord.Origin("v", "p", "old", "时长有误"),
            on(LocalDate.of(2026, 1, 1), 30),
            "s",
            LATE_EVENING);
    assertEquals("old", fix.correctsId());
  }
}
