package org.linli.volunteer.attendance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;

class AttendanceTest {
  static final Instant START = Instant.parse("2026-11-20T01:00:00Z");
  static final Instant END = Instant.parse("2026-11-20T03:00:00Z");

  @Test
  void travelTimeBeforeAndAfterTheShiftIsNotServiceTime() {
    Attendance a = Attendance.byCode("a", "s", "v", "p", START.minusSeconds(1800));
    a.checkOut(END.plusSeconds(3600));
    assertEquals(120, a.serviceSpan(START, END).minutes());
  }

  @Test
  void lateArrivalAndEarlyLeaveCountOnlyTheTimePresent() {
    Attendance a = Attendance.byCode("a", "s", "v", "p", START.plusSeconds(900));
    a.checkOut(END.minusSeconds(1800));
    assertEquals(75, a.serviceSpan(START, END).minutes());
  }

  @Test
  void aMissingCheckoutIsCappedAtTheShiftEnd() {
    Attendance a = Attendance.byCode("a", "s", "v", "p", START.plusSeconds(600));
    a.flagMissingCheckout(END);
    assertEquals(AttendanceStatus.MISSING_CHECKOUT, a.status());
    assertEquals(110, a.serviceSpan(START, END).minutes());
    assertThrows(DomainException.class, () -> a.checkOut(END));
  }

  @Test
  void manualCheckInNeedsAReason() {
    assertThrows(DomainException.class, () -> Attendance.manual("a", "s", "v", "p", START, " "));
  }

  @Test
  void codesRotateEveryMinuteAndAcceptThePreviousWindow() {
    CheckinCodes codes =
        new CheckinCodes(s -> Integer.toHexString(s.hashCode()) + "0000000000000000");
    Instant t = Instant.parse("2026-11-20T01:00:30Z");
    String code = codes.codeFor("org", "shift", t);
    assertTrue(code.matches("\\d{6}"));
    assertTrue(codes.isValid("org", "shift", code, t.plusSeconds(60)));
    assertFalse(codes.isValid("org", "shift", code, t.plusSeconds(150)));
    assertFalse(codes.isValid("org", "other-shift", code, t));
    assertFalse(codes.isValid("org", "shift", "12ab56", t));
  }

  @Test
  void haversineDistance() {
    // 南京鼓楼 to a point ~111 m further north
    double d = Geo.distanceMeters(32.0603, 118.7969, 32.0613, 118.7969);
    assertEquals(111, d, 2);
  }
}
