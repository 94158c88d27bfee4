package org.linli.volunteer.servicedonation.domain;

/**
 * A service record as the books value it: its minutes at the rate, rounded half up to the fen on
 * its own, so a later reversal takes back exactly what it added.
 */
public record ValuedRecord(String recordId, int minutes, long rateFenPerHour, long amountFen) {
  public static ValuedRecord of(String recordId, int minutes, long rateFenPerHour) {
    return new ValuedRecord(recordId, minutes, rateFenPerHour, value(minutes, rateFenPerHour));
  }

  /** minutes × rate / 60, half up, in fen. */
  public static long value(long minutes, long rateFenPerHour) {
    if (minutes < 0 || rateFenPerHour <= 0) {
      throw new IllegalArgumentException("minutes >= 0 and a positive rate");
    }
    long product = Math.multiplyExact(minutes, rateFenPerHour);
    return (product + 30) / 60;
  }
}
