package org.linli.volunteer.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.volunteer.domain.certificate.CertificateSeal;
import org.linli.volunteer.domain.certificate.Samples;

class CertificateKeysTest {
  private static CertificateKeys keys(String signing, String publicKey) {
    CertificateKeys keys = new CertificateKeys();
    keys.signingKey = Optional.ofNullable(signing);
    keys.publicKey = Optional.ofNullable(publicKey);
    keys.keyId = "c9";
    return keys;
  }

  private static String b64(byte[] der) {
    return Base64.getEncoder().encodeToString(der);
  }

  @Test
  void withoutAKeyIssuingIsUnavailableNotUnsigned() {
    DomainException e = assertThrows(DomainException.class, () -> keys(null, null).seal("{}"));
    assertEquals(ErrorKind.UNAVAILABLE, e.kind());
    assertEquals("CERT_SIGNING_KEY_MISSING", e.code());
    assertEquals(
        "CERT_SIGNING_KEY_MISSING",
        assertThrows(DomainException.class, () -> keys(null, null).verificationKey()).code());
  }

  @Test
  void aMalformedOrMismatchedKeyIsUnavailable() {
    assertEquals(
        "CERT_SIGNING_KEY_INVALID",
        assertThrows(DomainException.class, () -> keys("bm9wZQ==", null).seal("{}")).code());
    KeyPair a = Samples.keyPair();
    KeyPair b = Samples.keyPair();
    CertificateKeys mismatched =
        keys(b64(a.getPrivate().getEncoded()), b64(b.getPublic().getEncoded()));
    assertEquals(
        "CERT_SIGNING_KEY_INVALID",
        assertThrows(DomainException.class, () -> mismatched.seal("{}")).code());
  }

  @Test
  void theConfiguredKeySealsAndItsDerivedPublicKeyVerifies() {
    KeyPair pair = Samples.keyPair();
    CertificateKeys keys = keys(b64(pair.getPrivate().getEncoded()), null);
    CertificateSeal seal = keys.seal("{\"a\":1}");
    assertEquals("c9", seal.keyId());
    assertTrue(CertificateSeal.verify("{\"a\":1}", seal.signature(), keys.verificationKey()));
    assertEquals(pair.getPublic(), keys.verificationKey());
    CertificateKeys verifyOnly = keys(null, b64(pair.getPublic().getEncoded()));
    assertTrue(CertificateSeal.verify("{\"a\":1}", seal.signature(), verifyOnly.verificationKey()));
  }
}
