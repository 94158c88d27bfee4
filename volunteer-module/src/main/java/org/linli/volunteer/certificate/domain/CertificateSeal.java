package org.linli.volunteer.certificate.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The digest and signature that make stored facts tamper-evident: SHA-256 of the canonical facts
 * (lower-case hex, also printed in the QR code) and an Ed25519 signature over the same UTF-8 bytes
 * (base64). Ed25519 because the JDK has it built in and its signatures are deterministic.
 */
public record CertificateSeal(String digest, String signature, String keyId) {
  public static CertificateSeal of(String canonicalFacts, PrivateKey key, String keyId) {
    return new CertificateSeal(digestOf(canonicalFacts), sign(canonicalFacts, key), keyId);
  }

  public static String digestOf(String canonicalFacts) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonicalFacts.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  static String sign(String canonicalFacts, PrivateKey key) {
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(key);
      signer.update(canonicalFacts.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot sign with the certificate key", e);
    }
  }

  /** False for a wrong, malformed or foreign signature; never throws for bad input. */
  public static boolean verify(String canonicalFacts, String signature, PublicKey key) {
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(canonicalFacts.getBytes(StandardCharsets.UTF_8));
      return verifier.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }
}
