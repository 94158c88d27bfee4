package org.linli.kernel.audit.domain;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Hash chaining for the append-only audit log: each entry stores {@link #hashOf} of itself, and
 * that entry's hash is the next entry's {@code prevHash}, so editing, deleting or reordering a
 * stored record is detectable.
 *
 * <p>Canonical encoding (version 1), hashed with SHA-256 and written as lower-case hex:
 *
 * <ol>
 *   <li>the string field {@code "linli.audit.v1"} (domain separation and format version);
 *   <li>{@code tenantId}; {@code seq} as an 8-byte big-endian signed integer; {@code occurredAt} as
 *       microseconds since 1970-01-01T00:00Z, 8-byte big-endian signed (matches {@code timestamptz}
 *       precision exactly and needs no text formatting rules);
 *   <li>{@code actor}, {@code action}, {@code entityType}, {@code entityId}, {@code beforeDigest},
 *       {@code afterDigest}, {@code prevHash}.
 * </ol>
 *
 * <p>A string field is a 4-byte big-endian signed length followed by its UTF-8 bytes; null is
 * length -1 with no bytes, so null and "" differ. The fixed layout keeps the encoding unambiguous
 * and reproducible outside Java (e.g. in SQL) for independent checks.
 *
 * <p>The chain proves internal consistency only: someone able to rewrite a record and every later
 * hash is caught only if the latest hash is also anchored elsewhere.
 */
public final class AuditHashChain {
  /** The {@code prevHash} of seq 1. */
  public static final String GENESIS = "0".repeat(64);

  private static final String FORMAT = "linli.audit.v1";

  private AuditHashChain() {}

  public static String hashOf(AuditEntry e) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writeString(out, FORMAT);
      writeString(out, e.tenantId());
      out.writeLong(e.seq());
      out.writeLong(epochMicros(e.occurredAt()));
      writeString(out, e.actor());
      writeString(out, e.action());
      writeString(out, e.entityType());
      writeString(out, e.entityId());
      writeString(out, e.beforeDigest());
      writeString(out, e.afterDigest());
      writeString(out, e.prevHash());
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return sha256Hex(bytes.toByteArray());
  }

  /** SHA-256 hex of a canonical JSON snapshot, for before/after digests; null stays null. */
  public static String digestOf(String canonicalJson) {
    return canonicalJson == null ? null : sha256Hex(canonicalJson.getBytes(StandardCharsets.UTF_8));
  }

  /** Verifies a whole chain held in memory; see {@link Verifier} for page-by-page checking. */
  public static VerificationResult verify(List<StoredEntry> entries) {
    Verifier verifier = new Verifier();
    entries.forEach(verifier::accept);
    return verifier.result();
  }

  /**
   * Streaming verification: feed one tenant's entries in seq order, e.g. page by page from the
   * database, then read {@link #result()}. Stops examining entries after the first failure. Not
   * thread-safe.
   */
  public static final class Verifier {
    private long expectedSeq;
    private String prevHash;
    private String tenantId;
    private long checked;
    private VerificationResult failure;

    /** Verifies from seq 1, whose {@code prevHash} must be {@link #GENESIS}. */
    public Verifier() {
      this(1, GENESIS);
    }

    private Verifier(long expectedSeq, String prevHash) {
      this.expectedSeq = expectedSeq;
      this.prevHash = prevHash;
    }

    /**
     * Resumes after an entry already trusted (e.g. a previously verified checkpoint), so only newer
     * entries need to be read.
     */
    public static Verifier resumingAfter(long seq, String storedHash) {
      if (seq < 1) {
        throw new IllegalArgumentException("seq must be >= 1 but was " + seq);
      }
      return new Verifier(seq + 1, Objects.requireNonNull(storedHash, "storedHash"));
    }

    public void accept(StoredEntry stored) {
      Objects.requireNonNull(stored, "stored");
      if (failure != null) {
        return;
      }
      checked++;
      AuditEntry e = stored.entry();
      if (tenantId == null) {
        tenantId = e.tenantId();
      } else if (!tenantId.equals(e.tenantId())) {
        fail(expectedSeq, "seq " + e.seq() + " belongs to another tenant");
        return;
      }
      if (e.seq() != expectedSeq) {
        fail(expectedSeq, "expected seq " + expectedSeq + " but found " + e.seq());
        return;
      }
      if (!prevHash.equals(e.prevHash())) {
        fail(e.seq(), "seq " + e.seq() + " prevHash does not match the previous entry's hash");
        return;
      }
      if (stored.storedHash() == null || !stored.storedHash().equals(hashOf(e))) {
        fail(e.seq(), "seq " + e.seq() + " content does not match its stored hash");
        return;
      }
      prevHash = stored.storedHash();
      expectedSeq++;
    }

    public VerificationResult result() {
      return failure != null ? failure : VerificationResult.intact(checked);
    }

    private void fail(long seq, String problem) {
      failure = VerificationResult.broken(checked, seq, problem);
    }
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  // Not ChronoUnit.MICROS.between: that goes through nanoseconds and overflows after 2262.
  private static long epochMicros(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
  }

  private static String sha256Hex(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
