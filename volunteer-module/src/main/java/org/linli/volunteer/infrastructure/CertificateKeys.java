package org.linli.volunteer.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.volunteer.domain.certificate.CertificateSeal;
import org.linli.volunteer.domain.certificate.Ed25519Keys;

/**
 * The certificate signing key from configuration (never from the repository). Read lazily: the
 * application must start without it, and only issuing (or verifying without a configured public
 * key) then fails, with 503 rather than an unsigned certificate.
 */
@ApplicationScoped
public class CertificateKeys {
  private static final Logger LOG = Logger.getLogger(CertificateKeys.class.getName());

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

  private PrivateKey privateKey;
  private PublicKey verificationKey;

  public CertificateSeal seal(String canonicalFacts) {
    return CertificateSeal.of(canonicalFacts, privateKey(), keyId);
  }

  public synchronized PublicKey verificationKey() {
    if (verificationKey == null) {
      verificationKey =
          publicKey.isPresent()
              ? parse(() -> Ed25519Keys.publicKey(publicKey.get()))
              : parse(() -> Ed25519Keys.publicKeyOf(privateKey()));
    }
    return verificationKey;
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
