package org.linli.kernel.audit.domain;

/**
 * Outcome of verifying an audit chain.
 *
 * @param recordsChecked entries examined, including the first broken one; later ones are skipped
 * @param firstBrokenSeq lowest seq whose integrity could not be established: every entry with a
 *     lower seq verified; null when valid
 * @param problem human description of the first failure; null when valid
 */
public record VerificationResult(
    boolean valid, long recordsChecked, Long firstBrokenSeq, String problem) {

  public VerificationResult {
    if (valid != (firstBrokenSeq == null && problem == null)) {
      throw new IllegalArgumentException(
          "firstBrokenSeq and problem must be set exactly when the chain is broken");
    }
  }

  static VerificationResult intact(long recordsChecked) {
    return new VerificationResult(true, recordsChecked, null, null);
  }

  static VerificationResult broken(long recordsChecked, long seq, String problem) {
    return new VerificationResult(false, recordsChecked, seq, problem);
  }
}
