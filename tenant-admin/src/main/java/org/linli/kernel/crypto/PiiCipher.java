package org.linli.kernel.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM encryption of personal data for storage in a text column.
 *
 * <p>A token is {@code v1:<keyId>:<base64url(iv || ciphertext || tag)>} (no padding) with a random
 * 12-byte IV. The key id lets a key ring pick the right key after rotation. The associated data is
 * the token header plus a caller-chosen context such as {@code "person.id_number"}, so a token
 * copied to another column, or relabelled with another key id, fails to decrypt.
 *
 * <p>Random 96-bit IVs keep the IV-collision risk acceptable for up to 2^32 encryptions per key;
 * rotate keys well before that. {@code null} maps to {@code null} so nullable columns need no
 * special casing. Thread-safe.
 */
public final class PiiCipher {
  private static final String VERSION = "v1";
  private static final int KEY_BYTES = 32;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String keyId;
  private final SecretKeySpec key;

  /**
   * @param keyId short identifier stored in each token, e.g. {@code "k1"}; must not contain ':'
   * @param key exactly 32 bytes; copied, so the caller may wipe its array
   */
  public PiiCipher(String keyId, byte[] key) {
    if (keyId == null || keyId.isBlank() || keyId.indexOf(':') >= 0) {
      throw new IllegalArgumentException("PII key id must be non-blank and must not contain ':'");
    }
    if (key == null || key.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "PII key '"
              + keyId
              + "' must be 32 bytes (AES-256) but has "
              + (key == null ? "none" : key.length + " bytes"));
    }
    this.keyId = keyId;
    this.key = new SecretKeySpec(key, "AES");
  }

  /** Builds a cipher from a standard base64 key; error messages never include the key material. */
  public static PiiCipher fromBase64Key(String keyId, String base64Key) {
    if (base64Key == null) {
      throw new IllegalArgumentException("PII key '" + keyId + "' is missing");
    }
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(base64Key.strip());
    } catch (IllegalArgumentException e) {
      // The decoder's message quotes the offending character: do not chain it.
      throw new IllegalArgumentException("PII key '" + keyId + "' is not valid base64");
    }
    try {
      return new PiiCipher(keyId, raw);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  public String keyId() {
    return keyId;
  }

  /** The key id a token was encrypted with, so a key ring can choose the cipher to decrypt it. */
  public static String keyIdOf(String token) {
    return parseHeader(token)[1];
  }

  public String encrypt(String plaintext, String context) {
    Objects.requireNonNull(context, "context");
    if (plaintext == null) {
      return null;
    }
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    String header = VERSION + ":" + keyId + ":";
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(aad(header, context));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
      return header + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PII encryption failed", e);
    }
  }

  /**
   * @throws IllegalStateException if the token is malformed, was made with another key id, or fails
   *     authentication (tampered, wrong key or wrong context); the message never contains plaintext
   */
  public String decrypt(String token, String context) {
    Objects.requireNonNull(context, "context");
    if (token == null) {
      return null;
    }
    String[] parts = parseHeader(token);
    if (!parts[1].equals(keyId)) {
      throw new IllegalStateException(
          "PII token was encrypted with key '" + parts[1] + "', not '" + keyId + "'");
    }
    byte[] sealed;
    try {
      sealed = Base64.getUrlDecoder().decode(parts[2]);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("PII token body is not valid base64url");
    }
    if (sealed.length < IV_BYTES + TAG_BITS / 8) {
      throw new IllegalStateException("PII token is too short");
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
      cipher.updateAAD(aad(parts[0] + ":" + parts[1] + ":", context));
      byte[] plain = cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      // Not chained: provider messages add nothing useful and must not end up next to data.
      throw new IllegalStateException(
          "PII token failed authentication (tampered, wrong key or wrong context)");
    }
  }

  @Override
  public String toString() {
    return "PiiCipher[keyId=" + keyId + "]";
  }

  /** Splits {@code v1:<keyId>:<body>} into its three parts. */
  private static String[] parseHeader(String token) {
    Objects.requireNonNull(token, "token");
    String[] parts = token.split(":", 3);
    if (parts.length != 3 || parts[1].isEmpty()) {
      throw new IllegalStateException("Not a PII token");
    }
    if (!parts[0].equals(VERSION)) {
      throw new IllegalStateException("Unsupported PII token version");
    }
    return parts;
  }

  // The header cannot contain ':' beyond its two separators, so header + context is unambiguous.
  private static byte[] aad(String header, String context) {
    return (header + context).getBytes(StandardCharsets.UTF_8);
  }
}
