package org.linli.fund.purchase.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SampleDrawTest {
  static final List<String> POPULATION =
      IntStream.range(0, 40).mapToObj(i -> String.format("order-%02d", i)).toList();

  @Test
  void theSizeIsTheRateRoundedUpAndAtLeastOne() {
    assertEquals(0, SampleDraw.size(0, 30));
    assertEquals(1, SampleDraw.size(1, 30));
    assertEquals(2, SampleDraw.size(6, 30), "1.8 rounds up");
    assertEquals(3, SampleDraw.size(10, 30));
    assertEquals(12, SampleDraw.size(40, 30));
    assertEquals(40, SampleDraw.size(40, 100));
  }

  @Test
  void theSameSeedAndPopulationGiveTheSameSampleInAnyInputOrder() {
    List<String> shuffled = new ArrayList<>(POPULATION);
    Collections.shuffle(shuffled, new java.util.Random(7));
    List<String> a = SampleDraw.draw("0123456789abcdef", POPULATION, 30);
    assertEquals(a, SampleDraw.draw("0123456789abcdef", shuffled, 30));
    assertEquals(12, a.size());
    assertEquals(12, new HashSet<>(a).size(), "no order twice");
    assertTrue(POPULATION.containsAll(a));
    assertEquals(SampleDraw.digest(POPULATION), SampleDraw.digest(shuffled));
  }

  @Test
  void anotherSeedDrawsAnotherSample() {
    assertNotEquals(
        SampleDraw.draw("0123456789abcdef", POPULATION, 30),
        SampleDraw.draw("fedcba9876543210", POPULATION, 30));
  }

  @Test
  void theRankIsSha256OfSeedAndIdSoAnyoneCanRecomputeIt() {
    // The order with the lowest SHA-256("s\n" + id) comes first.
    List<String> ids = List.of("a", "b", "c");
    String first =
        ids.stream().min(java.util.Comparator.comparing(id -> SampleDraw.sha256("s\n" + id))).get();
    assertEquals(first, SampleDraw.draw("s", ids, 1).get(0));
  }

  @Test
  void aRectificationAnswerIsLateAfterTheDeadline() {
    java.time.LocalDate deadline = java.time.LocalDate.of(2026, 11, 10);
    Rectification open =
        new Rectification(
            "r",
            "c",
            "g",
            "p",
            "s",
            "o",
            java.time.YearMonth.of(2026, 10),
            "整改",
            deadline,
            RectificationStatus.OPEN,
            null,
            "a",
            java.time.Instant.now(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            1);
    assertTrue(open.late(deadline.plusDays(1)));
    assertEquals(false, open.late(deadline));
    Rectification answered =
        open.answered("已整改", null, "p1", "p", java.time.Instant.parse("2026-11-10T15:59:00Z"));
    assertEquals(false, answered.late(deadline.plusDays(5)), "23:59 in China is in time");
    assertEquals(
        org.linli.kernel.error.DomainException.class,
        org.junit.jupiter.api.Assertions.assertThrows(
                RuntimeException.class,
                () ->
                    open.closed(
                        RectificationStatus.PASSED,
                        null,
                        "b",
                        "b",
                        java.time.Instant.now(),
                        deadline))
            .getClass());
  }
}
