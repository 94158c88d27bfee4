package org.linli.volunteer.certificate.domain;

/** Why a verification answers "not valid"; stable codes shown to anyone who verifies. */
public enum InvalidReason {
  /** The certificate names a key id this platform does not know. */
  UNKNOWN_SIGNING_KEY,
  /** The key named in the certificate was marked compromised. */
  SIGNING_KEY_COMPROMISED,
  /** The stored facts, digest or signature do not agree. */
  TAMPERED,
  REVOKED,
  /** The digest presented (from the QR code) is not that of the stored facts. */
  DIGEST_MISMATCH
}
