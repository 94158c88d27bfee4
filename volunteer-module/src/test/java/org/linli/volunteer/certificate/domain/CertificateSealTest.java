package org.linli.volunteer.certificate.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CertificateSealTest {
  // RFC 8032 section 7.1, test 1: secret key, public key, and the signature of the empty message.
  private static final String SEED =
      "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
  private static final String PUBLIC =
      "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
  private static final String EMPTY_SIGNATURE =
      "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

  /** The PKCS#8 form openssl writes for an Ed25519 key (RFC 8410). */
  private static String pkcs8(String seedHex) {
    return Base64.getEncoder()
        .encodeToString(HexFormat.of().parseHex("302e020100300506032b657004220420" + seedHex));
  }

  @Test
  void theRfc8032VectorSignsAndItsPublicKeyIsDerived() {
    PrivateKey key = Ed25519Keys.privateKey(pkcs8(SEED));
    assertEquals(
        EMPTY_SIGNATURE,
        HexFormat.of().formatHex(Base64.getDecoder().decode(CertificateSeal.sign("", key))));
    byte[] x509 = Ed25519Keys.publicKeyOf(key).getEncoded();
    assertEquals("302a300506032b6570032100" + PUBLIC, HexFormat.of().formatHex(x509));
    assertEquals(
        Ed25519Keys.publicKeyOf(key),
        Ed25519Keys.publicKey(Base64.getEncoder().encodeToString(x509)));
  }

  @Test
  void aSealVerifiesOnlyTheSignedTextWithTheMatchingKey() {
    KeyPair keys = Samples.keyPair();
    String text = Samples.facts("ZM-2026-000001").toCanonicalJson();
    CertificateSeal seal = CertificateSeal.of(text, keys.getPrivate(), "c1");
    assertEquals(64, seal.digest().length());
    assertEquals(CertificateSeal.digestOf(text), seal.digest());
    assertTrue(CertificateSeal.verify(text, seal.signature(), keys.getPublic()));
    assertTrue(
        CertificateSeal.verify(text, seal.signature(), Ed25519Keys.publicKeyOf(keys.getPrivate())));
    assertFalse(
        CertificateSeal.verify(
            text.replace("\"totalMinutes\":210", "\"totalMinutes\":2100"),
            seal.signature(),
            keys.getPublic()));
    assertFalse(CertificateSeal.verify(text, seal.signature(), Samples.keyPair().getPublic()));
    assertFalse(CertificateSeal.verify(text, "not base64!", keys.getPublic()));
    assertFalse(CertificateSeal.verify(text, "AAAA", keys.getPublic()));
  }

  @Test
  void malformedKeysAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.privateKey("bm90IGEga2V5"));
    assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.privateKey("%%%"));
    assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.publicKey("bm90IGEga2V5"));
  }
}
