package org.linli.fund.purchase.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.linli.kernel.error.DomainException;

/**
 * A photo as uploaded: JPEG, PNG or WebP by its first bytes (the declared type must match), at most
 * 10 MB, identified by its SHA-256.
 */
public record ImageFile(String contentType, byte[] data, String sha256) {
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  public static ImageFile of(String declaredType, byte[] data) {
    if (data == null || data.length == 0) {
      throw DomainException.invalidField("photo", "PHOTO_EMPTY");
    }
    if (data.length > MAX_BYTES) {
      throw DomainException.invalidField("photo", "PHOTO_TOO_LARGE")
          .with(MAX_BYTES / (1024 * 1024));
    }
    String sniffed = sniff(data);
    String declared = declaredType == null ? "" : declaredType.split(";")[0].strip().toLowerCase();
    if (sniffed == null || !sniffed.equals(declared)) {
      throw DomainException.invalidField("photo", "PHOTO_NOT_AN_IMAGE");
    }
    try {
      String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
      return new ImageFile(sniffed, data, hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sniff(byte[] d) {
    if (d.length >= 3 && (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xD8 && (d[2] & 0xff) == 0xFF) {
      return "image/jpeg";
    }
    if (d.length >= 8
        && (d[0] & 0xff) == 0x89
        && d[1] == 'P'
        && d[2] == 'N'
        && d[3] == 'G'
        && d[4] == 0x0D
        && d[5] == 0x0A
        && d[6] == 0x1A
        && d[7] == 0x0A) {
      return "image/png";
    }
    if (d.length >= 12
        && d[0] == 'R'
        && d[1] == 'I'
        && d[2] == 'F'
        && d[3] == 'F'
        && d[8] == 'W'
        && d[9] == 'E'
        && d[10] == 'B'
        && d[11] == 'P') {
      return "image/webp";
    }
    return null;
  }
}
