package org.linli.kernel.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 blind index: a stable, non-reversible key for looking up a person by ID number (the
 * {@code PersonKey}) without storing the number in clear.
 *
 * <p>A plain SHA-256 would not do: the ID number space is small enough to brute-force, so the hash
 * must be keyed with a secret kept outside the database. Callers must hash the normalized form
 * (e.g. {@code ResidentIdNumber.value()}) so equal numbers give equal keys. Thread-safe.
 */
public final class KeyedHasher {
  private static final String ALGORITHM = "HmacSHA256";
  private static final int MIN_KEY_BYTES = 32;

  private final SecretKeySpec key;

  /**
   * @param key at least 32 bytes; copied, so the caller may wipe its array
   */
  public KeyedHasher(byte[] key) {
    if (key == null || key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "Hashing key must be at least 32 bytes but has "
              + (key == null ? "none" : key.length + " bytes"));
    }
    this.key = new SecretKeySpec(key, ALGORITHM);
  }

  /** Builds a hasher from a standard base64 key; error messages never include the key material. */
  public static KeyedHasher fromBase64Key(String base64Key) {
    if (base64Key == null) {
      throw new IllegalArgumentException("Hashing key is missing");
    }
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(base64Key.strip());
    } catch (IllegalArgumentException e) {
      // The decoder's message quotes the offending character: do not chain it.
      throw new IllegalArgumentException("Hashing key is not valid base64");
    }
    try {
      return new KeyedHasher(raw);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /** Lower-case hex HMAC-SHA256 of the UTF-8 bytes of {@code value} (64 characters). */
  public String hash(String value) {
    Objects.requireNonNull(value, "value");
    try {
      // Mac instances are not thread-safe; creating one per call is cheap next to a DB lookup.
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }

  @Override
  public String toString() {
    return "KeyedHasher[HmacSHA256]";
  }
}
