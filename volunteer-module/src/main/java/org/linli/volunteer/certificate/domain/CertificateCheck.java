package org.linli.volunteer.certificate.domain;

import org.linli.volunteer.certificate.domain.CertificateKeyRing.Trust;

/**
 * The outcome of checking a stored certificate against its seal. {@code facts} is null when the
 * stored text is unreadable; {@code signatureValid} means verified with a trusted key, so it is
 * false when the named key is unknown or compromised.
 */
public record CertificateCheck(
    CertificateStatus status,
    Trust keyTrust,
    boolean signatureValid,
    boolean digestIntact,
    boolean factsConsistent,
    CertificateFacts facts) {
  /** Untampered: signed text, stored digest and the row's own columns all agree. */
  public boolean intact() {
    return keyTrust == Trust.TRUSTED && signatureValid && digestIntact && factsConsistent;
  }

  /** What a verifier may rely on: intact and not revoked. */
  public boolean valid() {
    return intact() && status == CertificateStatus.VALID;
  }

  /** Why the certificate is not valid (the key first: it decides what the rest is worth). */
  public InvalidReason reason() {
    if (keyTrust == Trust.COMPROMISED) {
      return InvalidReason.SIGNING_KEY_COMPROMISED;
    }
    if (keyTrust == Trust.UNKNOWN) {
      return InvalidReason.UNKNOWN_SIGNING_KEY;
    }
    if (!intact()) {
      return InvalidReason.TAMPERED;
    }
    return status == CertificateStatus.REVOKED ? InvalidReason.REVOKED : null;
  }
}
