package org.linli.volunteer.servicedonation.domain;

/**
 * A service record as the books value it: its minutes at its category's rate, rounded half up to
 * the fen on its own, so a later reversal takes back exactly what it added. {@code category} is
 * null for a record without an activity; {@code mode} is how it was recorded (RECOGNISE: in the
 * books; DISCLOSE: in the notes only).
 */
public record ValuedRecord(
    String recordId,
    String category,
    int minutes,
    long rateFenPerHour,
    long amountFen,
    ServiceDonationMode mode) {
  public static ValuedRecord of(
      String recordId, String category, int minutes, long rateFenPerHour) {
    return new ValuedRecord(
        recordId, category, minutes, rateFenPerHour, value(minutes, rateFenPerHour), null);
  }

  public ValuedRecord in(ServiceDonationMode m) {
    return new ValuedRecord(recordId, category, minutes, rateFenPerHour, amountFen, m);
  }

  public boolean booked() {
    return mode == ServiceDonationMode.RECOGNISE;
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
