package org.linli.volunteer.recognition.application;

/** A new record that replaces {@code recordId}, and why (records are never edited in place). */
public record Correction(String recordId, String reason) {
  /** Null when the request corrects nothing. */
  public static Correction of(String recordId, String reason) {
    return recordId == null || recordId.isBlank() ? null : new Correction(recordId, reason);
  }
}
