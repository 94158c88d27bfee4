package org.linli.volunteer.certificate.domain;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * Ed25519 keys as configured: the private key as base64 PKCS#8 DER (what {@code openssl genpkey
 * -algorithm ed25519 -outform DER} writes), the public key as base64 X.509 DER.
 */
public final class Ed25519Keys {
  private Ed25519Keys() {}

  /** Throws {@link IllegalArgumentException} when the text is not an Ed25519 private key. */
  public static PrivateKey privateKey(String base64Pkcs8) {
    try {
      byte[] der = Base64.getMimeDecoder().decode(base64Pkcs8.strip());
      return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("Not a base64 PKCS#8 Ed25519 private key", e);
    }
  }

  public static PublicKey publicKey(String base64X509) {
    try {
      byte[] der = Base64.getMimeDecoder().decode(base64X509.strip());
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("Not a base64 X.509 Ed25519 public key", e);
    }
  }

  /**
   * The public key of a private key. The JDK has no direct API for it, but its key pair generator
   * draws the 32-byte private seed from the given random source and derives the public key from it
   * (RFC 8032 5.1.5); feeding it the configured seed reproduces the pair. Checked by signing.
   */
  public static PublicKey publicKeyOf(PrivateKey key) {
    byte[] seed =
        ((EdECPrivateKey) key)
            .getBytes()
            .orElseThrow(() -> new IllegalArgumentException("Private key without its seed"));
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
      generator.initialize(NamedParameterSpec.ED25519, new Seed(seed));
      PublicKey derived = generator.generateKeyPair().getPublic();
      if (!CertificateSeal.verify("probe", CertificateSeal.sign("probe", key), derived)) {
        throw new IllegalStateException("Derived public key does not match the private key");
      }
      return derived;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 unavailable", e);
    }
  }

  /** A "random" source that yields exactly the given seed. */
  private static final class Seed extends SecureRandom {
    private final byte[] seed;

    Seed(byte[] seed) {
      this.seed = seed.clone();
    }

    @Override
    public void nextBytes(byte[] bytes) {
      if (bytes.length != seed.length) {
        throw new IllegalStateException("Unexpected seed length " + bytes.length);
      }
      System.arraycopy(seed, 0, bytes, 0, bytes.length);
      Arrays.fill(seed, (byte) 0);
    }
  }
}
