package org.linli.fund.purchase.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * An entry of a contract's evidence chain: {@code hash = SHA-256(prevHash + "\n" + body)} in hex,
 * the first entry's prevHash 64 zeros. The body is canonical JSON written once; anyone holding a
 * digest (last seq and hash) can later check that nothing before it changed.
 */
public record Evidence(
    long seq,
    String orderId,
    EvidenceKind kind,
    String body,
    String prevHash,
    String hash,
    Instant recordedAt) {
  public static final String GENESIS = "0".repeat(64);

  public static String hashOf(String prevHash, String body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest((prevHash + "\n" + body).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first entry (by seq) whose link or hash is wrong, or -1 when the chain holds. */
  public static long firstBroken(List<Evidence> chain) {
    String prev = GENESIS;
    long expectedSeq = 1;
    for (Evidence e : chain) {
      if (e.seq() != expectedSeq
          || !e.prevHash().equals(prev)
          || !e.hash().equals(hashOf(e.prevHash(), e.body()))) {
        return e.seq();
      }
      prev = e.hash();
      expectedSeq++;
    }
    return -1;
  }
}
