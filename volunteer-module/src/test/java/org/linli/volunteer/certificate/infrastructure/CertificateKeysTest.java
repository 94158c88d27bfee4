package org.linli.volunteer.certificate.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.volunteer.certificate.domain.CertificateKeyRing;
import org.linli.volunteer.certificate.domain.CertificateKeyRing.Trust;
import org.linli.volunteer.certificate.domain.CertificateSeal;
import org.linli.volunteer.certificate.domain.Samples;

class CertificateKeysTest {
  private static final LocalDate ISSUED = LocalDate.of(2026, 11, 23);

  private static CertificateKeys keys(String signing, String publicKey) {
    return keys(signing, publicKey, null, null);
  }

  private static CertificateKeys keys(
      String signing, String publicKey, String retired, String compromised) {
    CertificateKeys keys = new CertificateKeys();
    keys.signingKey = Optional.ofNullable(signing);
    keys.publicKey = Optional.ofNullable(publicKey);
    keys.retiredKeys = Optional.ofNullable(retired);
    keys.compromisedKeys = Optional.ofNullable(compromised);
    keys.keyId = "c9";
    return keys;
  }

  private static String b64(byte[] der) {
    return Base64.getEncoder().encodeToString(der);
  }

  private static String privateOf(KeyPair pair) {
    return b64(pair.getPrivate().getEncoded());
  }

  private static String publicOf(KeyPair pair) {
    return b64(pair.getPublic().getEncoded());
  }

  private static String code(Runnable action) {
    return assertThrows(DomainException.class, action::run).code();
  }

  @Test
  void withoutAKeyIssuingIsUnavailableNotUnsigned() {
    DomainException e = assertThrows(DomainException.class, () -> keys(null, null).seal("{}"));
    assertEquals(ErrorKind.UNAVAILABLE, e.kind());
    assertEquals("CERT_SIGNING_KEY_MISSING", e.code());
    assertEquals("CERT_SIGNING_KEY_MISSING", code(() -> keys(null, null).ring()));
  }

  @Test
  void aMalformedOrMismatchedKeyIsUnavailable() {
    assertEquals("CERT_SIGNING_KEY_INVALID", code(() -> keys("bm9wZQ==", null).seal("{}")));
    KeyPair a = Samples.keyPair();
    KeyPair b = Samples.keyPair();
    CertificateKeys mismatched = keys(privateOf(a), publicOf(b));
    assertEquals("CERT_SIGNING_KEY_INVALID", code(() -> mismatched.seal("{}")));
  }

  @Test
  void theConfiguredKeySealsAndItsDerivedPublicKeyVerifies() {
    KeyPair pair = Samples.keyPair();
    CertificateKeys keys = keys(privateOf(pair), null);
    CertificateSeal seal = keys.seal("{\"a\":1}");
    assertEquals("c9", seal.keyId());
    assertEquals(pair.getPublic(), keys.ring().key("c9").orElseThrow());
    CertificateKeys verifyOnly = keys(null, publicOf(pair));
    assertTrue(
        CertificateSeal.verify(
            "{\"a\":1}", seal.signature(), verifyOnly.ring().key("c9").orElseThrow()));
  }

  @Test
  void theNewestKeySignsAndRetiredKeysStillVerifyByTheirId() {
    KeyPair c1 = Samples.keyPair();
    KeyPair c2 = Samples.keyPair();
    KeyPair current = Samples.keyPair();
    CertificateKeys keys =
        keys(privateOf(current), null, " c1:" + publicOf(c1) + " , c2:" + publicOf(c2) + ",", null);
    CertificateSeal seal = keys.seal("{\"a\":1}");
    assertEquals("c9", seal.keyId(), "signed with the current key and recorded under its id");
    CertificateKeyRing ring = keys.ring();
    assertTrue(CertificateSeal.verify("{\"a\":1}", seal.signature(), ring.key("c9").orElseThrow()));
    for (var old : Map.of("c1", c1, "c2", c2).entrySet()) {
      String signedLongAgo =
          CertificateSeal.of("{\"b\":2}", old.getValue().getPrivate(), old.getKey()).signature();
      assertEquals(Trust.TRUSTED, ring.trust(old.getKey(), ISSUED));
      assertTrue(
          CertificateSeal.verify("{\"b\":2}", signedLongAgo, ring.key(old.getKey()).orElseThrow()));
    }
    assertEquals(Trust.UNKNOWN, ring.trust("c3", ISSUED));
    assertEquals(Trust.UNKNOWN, ring.trust(null, ISSUED));
  }

  @Test
  void compromisedKeysAreDistrustedAllOrFromADate() {
    KeyPair c1 = Samples.keyPair();
    KeyPair c2 = Samples.keyPair();
    CertificateKeyRing ring =
        keys(
                privateOf(Samples.keyPair()),
                null,
                "c1:" + publicOf(c1) + ",c2:" + publicOf(c2),
                "c1, c2:2026-11-24, gone")
            .ring();
    assertEquals(Trust.COMPROMISED, ring.trust("c1", ISSUED));
    assertEquals(Trust.TRUSTED, ring.trust("c2", ISSUED), "issued before the compromise");
    assertEquals(Trust.COMPROMISED, ring.trust("c2", ISSUED.plusDays(1)));
    assertEquals(
        Trust.COMPROMISED, ring.trust("gone", ISSUED), "compromised even without its public key");
    assertEquals(Trust.TRUSTED, ring.trust("c9", ISSUED));
  }

  @Test
  void theCurrentKeyMarkedCompromisedNoLongerSigns() {
    KeyPair current = Samples.keyPair();
    CertificateKeys keys = keys(privateOf(current), null, null, "c9");
    assertEquals("CERT_SIGNING_KEY_INVALID", code(() -> keys.seal("{}")));
    assertEquals(Trust.COMPROMISED, keys.ring().trust("c9", ISSUED));
  }

  @Test
  void malformedRotationSettingsAreUnavailableNotSilentlyIgnored() {
    String current = privateOf(Samples.keyPair());
    String other = publicOf(Samples.keyPair());
    for (List<String> settings :
        List.of(
            List.of(other, ""), // no id
            List.of("c1:bm9wZQ==", ""), // not a key
            List.of("c1:" + other + ",c1:" + other, ""), // twice
            List.of("c9:" + other, ""), // the current id with another key
            List.of("bad id:" + other, ""),
            List.of("", "c1:yesterday"))) {
      assertEquals(
          "CERT_SIGNING_KEY_INVALID",
          code(() -> keys(current, null, settings.get(0), settings.get(1)).ring()),
          settings::toString);
    }
    KeyPair pair = Samples.keyPair();
    CertificateKeys sameKeyListed = keys(privateOf(pair), null, "c9:" + publicOf(pair), null);
    assertFalse(sameKeyListed.ring().isCompromised("c9"), "listing the current key is harmless");
  }
}
