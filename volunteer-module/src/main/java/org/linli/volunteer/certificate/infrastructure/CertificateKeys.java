package org.linli.volunteer.certificate.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.volunteer.certificate.domain.CertificateKeyRing;
import org.linli.volunteer.certificate.domain.CertificateSeal;
import org.linli.volunteer.certificate.domain.Ed25519Keys;

/**
 * The certificate keys from configuration (never from the repository): the current signing key with
 * its id, the public keys of retired keys by id, and the ids marked compromised. Read lazily: the
 * application must start without them, and only issuing (or verifying without the current key) then
 * fails, with 503 rather than an unsigned certificate.
 */
@ApplicationScoped
public class CertificateKeys {
  private static final Logger LOG = Logger.getLogger(CertificateKeys.class.getName());
  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  @Inject
  @ConfigProperty(name = "linli.certificates.signing-key")
  Optional<String> signingKey;

  @Inject
  @ConfigProperty(name = "linli.certificates.key-id", defaultValue = "c1")
  String keyId;

  /** Optional: lets a node verify without holding the private key. Derived from it otherwise. */
  @Inject
  @ConfigProperty(name = "linli.certificates.public-key")
  Optional<String> publicKey;

  /** Retired keys that still verify: {@code id:base64 X.509 public key}, comma-separated. */
  @Inject
  @ConfigProperty(name = "linli.certificates.keys")
  Optional<String> retiredKeys;

  /** Distrusted key ids: {@code id} or {@code id:yyyy-mm-dd} (from that issue date on). */
  @Inject
  @ConfigProperty(name = "linli.certificates.compromised-keys")
  Optional<String> compromisedKeys;

  private PrivateKey privateKey;
  private PublicKey currentPublicKey;
  private CertificateKeyRing ring;

  /** Signs with the current key; refused while that key is itself marked compromised. */
  public CertificateSeal seal(String canonicalFacts) {
    PrivateKey key = privateKey();
    if (ring().isCompromised(keyId)) {
      throw invalid(
          new IllegalStateException(
              "the signing key " + keyId + " is marked compromised: configure a new one"));
    }
    return CertificateSeal.of(canonicalFacts, key, keyId);
  }

  /** Every key that verifies, by id: the current one plus the retired ones. */
  public synchronized CertificateKeyRing ring() {
    if (ring == null) {
      Map<String, PublicKey> keys = parse(() -> parseKeys(retiredKeys.orElse("")));
      PublicKey current = currentPublicKey();
      PublicKey listed = keys.putIfAbsent(keyId, current);
      if (listed != null && !Arrays.equals(listed.getEncoded(), current.getEncoded())) {
        throw invalid(
            new IllegalArgumentException(
                "linli.certificates.keys lists " + keyId + " with another key than the current"));
      }
      ring =
          new CertificateKeyRing(keys, parse(() -> parseCompromised(compromisedKeys.orElse(""))));
    }
    return ring;
  }

  private synchronized PublicKey currentPublicKey() {
    if (currentPublicKey == null) {
      currentPublicKey =
          publicKey.isPresent()
              ? parse(() -> Ed25519Keys.publicKey(publicKey.get()))
              : parse(() -> Ed25519Keys.publicKeyOf(privateKey()));
    }
    return currentPublicKey;
  }

  private synchronized PrivateKey privateKey() {
    if (privateKey == null) {
      if (signingKey.isEmpty() || signingKey.get().isBlank()) {
        LOG.warning("linli.certificates.signing-key is not set: certificates cannot be issued");
        throw new DomainException(ErrorKind.UNAVAILABLE, "CERT_SIGNING_KEY_MISSING");
      }
      PrivateKey key = parse(() -> Ed25519Keys.privateKey(signingKey.get()));
      if (publicKey.isPresent()
          && !CertificateSeal.verify(
              "probe",
              CertificateSeal.of("probe", key, keyId).signature(),
              parse(() -> Ed25519Keys.publicKey(publicKey.get())))) {
        throw invalid(new IllegalArgumentException("public key does not match the signing key"));
      }
      privateKey = key;
    }
    return privateKey;
  }

  /** {@code c1:MCow...,c2:MCow...}; blank entries are ignored, a repeated id is an error. */
  static Map<String, PublicKey> parseKeys(String text) {
    Map<String, PublicKey> keys = new LinkedHashMap<>();
    for (String entry : text.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      int colon = entry.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("linli.certificates.keys entry without id: key");
      }
      String id = keyId(entry.substring(0, colon));
      if (keys.put(id, Ed25519Keys.publicKey(entry.substring(colon + 1))) != null) {
        throw new IllegalArgumentException("linli.certificates.keys lists " + id + " twice");
      }
    }
    return keys;
  }

  /** {@code c1,c2:2026-05-01}: all of c1's certificates, c2's issued from 1 May 2026 on. */
  static Map<String, Optional<LocalDate>> parseCompromised(String text) {
    Map<String, Optional<LocalDate>> compromised = new LinkedHashMap<>();
    for (String entry : text.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      int colon = entry.indexOf(':');
      String id = keyId(colon < 0 ? entry : entry.substring(0, colon));
      try {
        compromised.put(
            id,
            colon < 0
                ? Optional.empty()
                : Optional.of(LocalDate.parse(entry.substring(colon + 1).strip())));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "linli.certificates.compromised-keys: " + id + " needs a date like 2026-05-01", e);
      }
    }
    return compromised;
  }

  private static String keyId(String text) {
    String id = text.strip();
    if (!KEY_ID.matcher(id).matches()) {
      throw new IllegalArgumentException("Not a certificate key id: '" + id + "'");
    }
    return id;
  }

  private interface KeyReader<T> {
    T read();
  }

  private static <T> T parse(KeyReader<T> reader) {
    try {
      return reader.read();
    } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
      throw invalid(e);
    }
  }

  private static DomainException invalid(RuntimeException cause) {
    LOG.log(Level.SEVERE, "Certificate key configuration is invalid", cause);
    return new DomainException(ErrorKind.UNAVAILABLE, "CERT_SIGNING_KEY_INVALID");
  }
}
