package org.linli.volunteer.attendance.domain;

import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * Short-lived check-in codes that staff display (as six digits or inside a QR payload): an HMAC of
 * tenant, shift and the current one-minute window, so a code seen on a photo expires within two
 * minutes and cannot be guessed for another shift. The previous window is accepted too, for clock
 * drift and the seconds a volunteer needs to type it.
 */
public final class CheckinCodes {
  public static final long WINDOW_SECONDS = 60;
  private final UnaryOperator<String> keyedHash;

  /** {@code keyedHash}: the platform's HMAC, hex output. */
  public CheckinCodes(UnaryOperator<String> keyedHash) {
    this.keyedHash = keyedHash;
  }

  public String codeFor(String tenant, String shiftId, Instant at) {
    return code(tenant, shiftId, at.getEpochSecond() / WINDOW_SECONDS);
  }

  public Instant validUntil(Instant at) {
    return Instant.ofEpochSecond((at.getEpochSecond() / WINDOW_SECONDS + 2) * WINDOW_SECONDS);
  }

  public boolean isValid(String tenant, String shiftId, String code, Instant at) {
    if (code == null || !code.matches("\\d{6}")) {
      return false;
    }
    long window = at.getEpochSecond() / WINDOW_SECONDS;
    return code.equals(code(tenant, shiftId, window))
        || code.equals(code(tenant, shiftId, window - 1));
  }

  private String code(String tenant, String shiftId, long window) {
    String hex = keyedHash.apply("checkin:" + tenant + ":" + shiftId + ":" + window);
    long value = Long.parseLong(hex.substring(0, 12), 16) % 1_000_000;
    return String.format("%06d", value);
  }
}
