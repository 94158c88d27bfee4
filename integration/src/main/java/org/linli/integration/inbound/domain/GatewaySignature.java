package org.linli.integration.inbound.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The province gateway's message signature: hex HMAC-SHA256, keyed with the organization's shared
 * secret, over the timestamp (epoch seconds), a newline and the raw body. A message whose timestamp
 * is further than the allowed skew from now is stale (a replay).
 */
public final class GatewaySignature {
  public enum Verdict {
    VALID,
    MISSING,
    INVALID,
    STALE
  }

  private GatewaySignature() {}

  public static String sign(String secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Verdict check(
      String secret,
      String timestamp,
      String signature,
      byte[] body,
      Instant now,
      Duration maxSkew) {
    if (timestamp == null || timestamp.isBlank() || signature == null || signature.isBlank()) {
      return Verdict.MISSING;
    }
    if (secret == null
        || !timestamp.matches("\\d{1,12}")
        || !signature.matches("[0-9a-fA-F]{64}")) {
      return Verdict.INVALID;
    }
    byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signature.toLowerCase().getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, given)) {
      return Verdict.INVALID;
    }
    Instant at = Instant.ofEpochSecond(Long.parseLong(timestamp));
    if (Duration.between(at, now).abs().compareTo(maxSkew) > 0) {
      return Verdict.STALE;
    }
    return Verdict.VALID;
  }
}
