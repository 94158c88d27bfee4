package org.linli.volunteer.points.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;

class LotsTest {
  static final LocalDate JAN = LocalDate.of(2026, 1, 10);

  static PointLot lot(String id, LocalDate earned, LocalDate expires, long points) {
    return new PointLot(
        id, "v1", PointLot.Source.EARNING, null, earned, expires, points, null, Instant.EPOCH);
  }

  @Test
  void spendingTakesTheSoonestExpiringLotsFirstAndNeverExpiringLast() {
    PointLot never = lot("a", JAN.minusDays(30), null, 50);
    PointLot late = lot("b", JAN.minusDays(20), JAN.plusMonths(6), 50);
    PointLot soon = lot("c", JAN.minusDays(10), JAN.plusDays(5), 30);
    Map<String, Long> taken = FifoConsumption.take(List.of(never, late, soon), 60, JAN);
    assertEquals(Map.of("c", 30L, "b", 30L), taken);
    assertEquals(0, soon.remaining());
    assertEquals(20, late.remaining());
    assertEquals(50, never.remaining());
  }

  @Test
  void expiredLotsCannotPayAndTooLittleChangesNothing() {
    PointLot past = lot("a", JAN.minusYears(2), JAN.minusDays(1), 100);
    PointLot valid = lot("b", JAN, JAN.plusDays(1), 10);
    DomainException e =
        assertThrows(
            DomainException.class, () -> FifoConsumption.take(List.of(past, valid), 20, JAN));
    assertEquals("INSUFFICIENT_BALANCE", e.code());
    assertEquals(10, valid.remaining(), "a refused spend takes nothing");
  }

  @Test
  void aLotIsValidThroughItsLastDayAndExpiresOnlyOnce() {
    PointLot l = lot("a", JAN, JAN.plusDays(3), 40);
    l.consume(15);
    assertEquals(0, l.expireAsOf(JAN.plusDays(3)), "still valid on its last day");
    assertEquals(25, l.expireAsOf(JAN.plusDays(4)));
    assertEquals(0, l.expireAsOf(JAN.plusDays(4)), "a second run finds nothing left");
    l.giveBack(5);
    assertEquals(5, l.expireAsOf(JAN.plusDays(5)), "points given back after expiry expire next");
  }

  @Test
  void aClawBackTakesOnlyWhatIsLeft() {
    PointLot l = lot("a", JAN, null, 40);
    l.consume(30);
    assertEquals(10, l.clawBack());
    assertEquals(0, l.clawBack());
    assertEquals(0, l.remaining());
  }

  @Test
  void leaderboardNamesShowOnlyTheFirstCharacter() {
    assertEquals("张*", LeaderboardNames.mask("张伟"));
    assertEquals("欧**", LeaderboardNames.mask("欧阳娜"));
    assertEquals("张*", LeaderboardNames.mask("张"));
  }

  @Test
  void pickupCodesAreEightDigits() {
    for (int i = 0; i < 100; i++) {
      assertEquals(true, PickupCodes.next().matches("[0-9]{8}"));
    }
  }
}
