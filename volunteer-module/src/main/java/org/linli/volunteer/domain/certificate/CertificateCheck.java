package org.linli.volunteer.domain.certificate;

/**
 * The outcome of checking a stored certificate against its seal. {@code facts} is null when the
 * stored text is unreadable.
 */
public record CertificateCheck(
    CertificateStatus status,
    boolean signatureValid,
    boolean digestIntact,
    boolean factsConsistent,
    CertificateFacts facts) {
  /** Untampered: signed text, stored digest and the row's own columns all agree. */
  public boolean intact() {
    return signatureValid && digestIntact && factsConsistent;
  }

  /** What a verifier may rely on: intact and not revoked. */
  public boolean valid() {
    return intact() && status == CertificateStatus.VALID;
  }
}
