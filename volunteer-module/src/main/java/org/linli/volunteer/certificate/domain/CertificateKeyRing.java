package org.linli.volunteer.certificate.domain;

import java.security.PublicKey;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The public keys that verify certificates, by the key id each certificate names, and the ids
 * marked compromised. Keys rotate: new certificates are signed with the current key while every
 * older certificate keeps verifying with the (retired) key named in it, until that key is marked
 * compromised.
 *
 * <p>A compromise date, when given, spares certificates whose signed issue date lies before it: the
 * operator vouches that those existed before the key leaked. Without a date every certificate of
 * the key is distrusted.
 */
public final class CertificateKeyRing {
  /** How far a certificate's named key can be relied on. */
  public enum Trust {
    TRUSTED,
    UNKNOWN,
    COMPROMISED
  }

  private final Map<String, PublicKey> keys;
  private final Map<String, Optional<LocalDate>> compromisedSince;

  /**
   * @param keys public key by key id
   * @param compromisedSince compromised key ids, each with the first issue date it taints (empty:
   *     all of its certificates)
   */
  public CertificateKeyRing(
      Map<String, PublicKey> keys, Map<String, Optional<LocalDate>> compromisedSince) {
    this.keys = Map.copyOf(keys);
    this.compromisedSince = Map.copyOf(compromisedSince);
  }

  /**
   * The trust in the key a certificate names. {@code issueDate} is the signed issue date, null when
   * the facts are unreadable (a compromise date then cannot spare the certificate).
   */
  public Trust trust(String keyId, LocalDate issueDate) {
    if (keyId == null) {
      return Trust.UNKNOWN;
    }
    Optional<LocalDate> since = compromisedSince.get(keyId);
    if (since != null
        && (since.isEmpty() || issueDate == null || !issueDate.isBefore(since.get()))) {
      return Trust.COMPROMISED;
    }
    return keys.containsKey(keyId) ? Trust.TRUSTED : Trust.UNKNOWN;
  }

  /** The key that verifies certificates naming {@code keyId}, whatever its trust. */
  public Optional<PublicKey> key(String keyId) {
    return keyId == null ? Optional.empty() : Optional.ofNullable(keys.get(keyId));
  }

  public boolean isCompromised(String keyId) {
    return compromisedSince.containsKey(keyId);
  }
}
