package org.linli.kernel.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.linli.kernel.audit.domain.AuditHashChain.GENESIS;
import static org.linli.kernel.audit.domain.AuditHashChain.digestOf;
import static org.linli.kernel.audit.domain.AuditHashChain.hashOf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditHashChainTest {

  private static final Instant T0 = Instant.parse("2024-05-01T08:30:15.123456Z");

  /** A valid chain of {@code n} entries for tenant t1. */
  private static List<StoredEntry> chain(int n) {
    List<StoredEntry> out = new ArrayList<>();
    String prev = GENESIS;
    for (int seq = 1; seq <= n; seq++) {
      AuditEntry e =
          new AuditEntry(
              "t1",
              seq,
              T0.plusSeconds(seq),
              "user-" + seq,
              "ORG_UPDATED",
              "Organization",
              "org-" + seq,
              digestOf("{\"v\":" + (seq - 1) + "}"),
              digestOf("{\"v\":" + seq + "}"),
              prev);
      String hash = hashOf(e);
      out.add(new StoredEntry(e, hash));
      prev = hash;
    }
    return out;
  }

  private static List<StoredEntry> replace(List<StoredEntry> chain, int seq, StoredEntry with) {
    List<StoredEntry> copy = new ArrayList<>(chain);
    copy.set(seq - 1, with);
    return copy;
  }

  private static void assertBrokenAt(VerificationResult r, long seq) {
    assertFalse(r.valid(), "expected a broken chain");
    assertEquals(seq, r.firstBrokenSeq(), r.problem());
    assertTrue(r.problem() != null && !r.problem().isBlank());
  }

  // --- hashing ---

  @Test
  void genesisIs64Zeros() {
    assertEquals(64, GENESIS.length());
    assertTrue(GENESIS.chars().allMatch(c -> c == '0'));
  }

  @Test
  void hashMatchesTheDocumentedEncoding() {
    // Expected value computed independently (Python struct + hashlib) from the class Javadoc.
    AuditEntry e =
        new AuditEntry(
            "t-demo",
            1,
            Instant.parse("2024-05-01T08:30:15.123456789Z"),
            "张三",
            "PERSON_CREATED",
            "Person",
            "42",
            null,
            digestOf("{\"name\":\"张三\"}"),
            GENESIS);
    assertEquals(
        "ff243a693d2a9e1d4fb0235c40a8879fc19a860ce52d138d7a2e05c1fbded69b", e.afterDigest());
    assertEquals("05c23a9358242627913b80b549bfd993dbd6db884c4c738a93620379d31906af", hashOf(e));
  }

  @Test
  void hashIsLowerCaseHexAndDeterministic() {
    AuditEntry e = chain(1).get(0).entry();
    assertTrue(hashOf(e).matches("[0-9a-f]{64}"));
    assertEquals(hashOf(e), hashOf(chain(1).get(0).entry()));
  }

  @Test
  void occurredAtIsTruncatedToMicrosBeforeHashing() {
    AuditEntry nanos = entryAt(Instant.parse("2024-05-01T08:30:15.123456999Z"));
    AuditEntry micros = entryAt(Instant.parse("2024-05-01T08:30:15.123456Z"));
    assertEquals(micros.occurredAt(), nanos.occurredAt());
    assertEquals(hashOf(micros), hashOf(nanos));
    // A PostgreSQL round trip keeps microseconds, so one microsecond must still matter.
    assertNotEquals(hashOf(micros), hashOf(entryAt(micros.occurredAt().plusNanos(1_000))));
  }

  @Test
  void handlesInstantsBeforeTheEpochAndFarAhead() {
    AuditEntry before = entryAt(Instant.parse("1969-12-31T23:59:59.999999Z"));
    AuditEntry epoch = entryAt(Instant.EPOCH);
    AuditEntry far = entryAt(Instant.parse("2300-01-01T00:00:00Z"));
    assertNotEquals(hashOf(before), hashOf(epoch));
    assertEquals(64, hashOf(far).length());
  }

  @Test
  void nullAndEmptyStringsHashDifferently() {
    AuditEntry base = chain(1).get(0).entry();
    assertNotEquals(hashOf(with(base, "entityId", null)), hashOf(with(base, "entityId", "")));
    assertNotEquals(
        hashOf(with(base, "beforeDigest", null)), hashOf(with(base, "beforeDigest", "")));
  }

  @Test
  void fieldBoundariesAreUnambiguous() {
    AuditEntry base = chain(1).get(0).entry();
    AuditEntry ab = with(with(base, "actor", "ab"), "action", "c");
    AuditEntry a = with(with(base, "actor", "a"), "action", "bc");
    assertNotEquals(hashOf(ab), hashOf(a));
  }

  @Test
  void digestOfIsSha256HexAndNullSafe() {
    assertNull(digestOf(null));
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", digestOf("abc"));
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", digestOf(""));
  }

  @Test
  void entryRequiresChainFields() {
    assertThrows(NullPointerException.class, () -> entry(null, 1, T0, "a", "X", GENESIS));
    assertThrows(NullPointerException.class, () -> entry("t1", 1, null, "a", "X", GENESIS));
    assertThrows(NullPointerException.class, () -> entry("t1", 1, T0, null, "X", GENESIS));
    assertThrows(NullPointerException.class, () -> entry("t1", 1, T0, "a", null, GENESIS));
    assertThrows(NullPointerException.class, () -> entry("t1", 1, T0, "a", "X", null));
    assertThrows(IllegalArgumentException.class, () -> entry("t1", 0, T0, "a", "X", GENESIS));
  }

  @Test
  void entityAndDigestsMayBeNull() {
    AuditEntry login =
        new AuditEntry("t1", 1, T0, "user-1", "LOGIN", null, null, null, null, GENESIS);
    assertTrue(AuditHashChain.verify(List.of(new StoredEntry(login, hashOf(login)))).valid());
  }

  // --- verification ---

  @Test
  void emptyChainIsValid() {
    assertEquals(new VerificationResult(true, 0, null, null), AuditHashChain.verify(List.of()));
  }

  @Test
  void intactChainIsValid() {
    VerificationResult r = AuditHashChain.verify(chain(5));
    assertEquals(new VerificationResult(true, 5, null, null), r);
  }

  static Stream<Arguments> singleFieldTampering() {
    return Stream.of(
        Arguments.of("tenantId", (UnaryOperator<AuditEntry>) e -> with(e, "tenantId", "t2")),
        Arguments.of("seq", (UnaryOperator<AuditEntry>) e -> withSeq(e, 30)),
        Arguments.of(
            "occurredAt",
            (UnaryOperator<AuditEntry>) e -> withTime(e, e.occurredAt().plusNanos(1_000))),
        Arguments.of("actor", (UnaryOperator<AuditEntry>) e -> with(e, "actor", "admin")),
        Arguments.of("action", (UnaryOperator<AuditEntry>) e -> with(e, "action", "ORG_VIEWED")),
        Arguments.of("entityType", (UnaryOperator<AuditEntry>) e -> with(e, "entityType", "Fund")),
        Arguments.of("entityId", (UnaryOperator<AuditEntry>) e -> with(e, "entityId", "org-99")),
        Arguments.of("entityId=null", (UnaryOperator<AuditEntry>) e -> with(e, "entityId", null)),
        Arguments.of(
            "beforeDigest",
            (UnaryOperator<AuditEntry>) e -> with(e, "beforeDigest", digestOf("x"))),
        Arguments.of(
            "beforeDigest=null", (UnaryOperator<AuditEntry>) e -> with(e, "beforeDigest", null)),
        Arguments.of(
            "afterDigest", (UnaryOperator<AuditEntry>) e -> with(e, "afterDigest", digestOf("x"))),
        Arguments.of(
            "afterDigest=null", (UnaryOperator<AuditEntry>) e -> with(e, "afterDigest", null)),
        Arguments.of("prevHash", (UnaryOperator<AuditEntry>) e -> with(e, "prevHash", GENESIS)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleFieldTampering")
  void tamperingAnySingleFieldBreaksAtThatSeq(String field, UnaryOperator<AuditEntry> tamper) {
    List<StoredEntry> chain = chain(5);
    StoredEntry original = chain.get(2);
    StoredEntry tampered = new StoredEntry(tamper.apply(original.entry()), original.storedHash());
    assertNotEquals(original.entry(), tampered.entry(), field);

    VerificationResult r = AuditHashChain.verify(replace(chain, 3, tampered));
    assertBrokenAt(r, 3);
    assertEquals(3, r.recordsChecked());
  }

  @Test
  void tamperingFirstEntryBreaksAtOne() {
    List<StoredEntry> chain = chain(3);
    StoredEntry first = chain.get(0);
    StoredEntry tampered = new StoredEntry(with(first.entry(), "actor", "x"), first.storedHash());
    assertBrokenAt(AuditHashChain.verify(replace(chain, 1, tampered)), 1);
  }

  @Test
  void tamperingTheStoredHashBreaksAtThatSeq() {
    List<StoredEntry> chain = chain(5);
    StoredEntry e = chain.get(3);
    assertBrokenAt(
        AuditHashChain.verify(replace(chain, 4, new StoredEntry(e.entry(), digestOf("x")))), 4);
    assertBrokenAt(AuditHashChain.verify(replace(chain, 4, new StoredEntry(e.entry(), null))), 4);
    String upper = e.storedHash().toUpperCase();
    assertBrokenAt(AuditHashChain.verify(replace(chain, 4, new StoredEntry(e.entry(), upper))), 4);
  }

  @Test
  void rewritingEntryAndItsHashIsCaughtByTheNextEntry() {
    List<StoredEntry> chain = chain(5);
    AuditEntry forged = with(chain.get(2).entry(), "actor", "admin");
    VerificationResult r =
        AuditHashChain.verify(replace(chain, 3, new StoredEntry(forged, hashOf(forged))));
    assertBrokenAt(r, 4);
    assertTrue(r.problem().contains("prevHash"), r.problem());
  }

  @Test
  void reorderingBreaksTheChain() {
    List<StoredEntry> chain = chain(5);
    Collections.swap(chain, 1, 2);
    VerificationResult r = AuditHashChain.verify(chain);
    assertBrokenAt(r, 2);
    assertEquals(2, r.recordsChecked());
  }

  @Test
  void renumberedReorderingBreaksTheChain() {
    // Swap the contents of seq 2 and 3 but keep the seq numbers in order.
    List<StoredEntry> chain = chain(5);
    StoredEntry two = chain.get(1);
    StoredEntry three = chain.get(2);
    chain.set(1, new StoredEntry(withSeq(three.entry(), 2), three.storedHash()));
    chain.set(2, new StoredEntry(withSeq(two.entry(), 3), two.storedHash()));
    assertBrokenAt(AuditHashChain.verify(chain), 2);
  }

  @Test
  void deletedMiddleRecordBreaksTheChain() {
    List<StoredEntry> chain = chain(5);
    chain.remove(2);
    VerificationResult r = AuditHashChain.verify(chain);
    assertBrokenAt(r, 3);
    assertTrue(r.problem().contains("expected seq 3 but found 4"), r.problem());
  }

  @Test
  void deletedMiddleRecordWithRenumberingBreaksTheChain() {
    List<StoredEntry> chain = chain(5);
    chain.remove(2);
    StoredEntry four = chain.get(2);
    chain.set(2, new StoredEntry(withSeq(four.entry(), 3), four.storedHash()));
    assertBrokenAt(AuditHashChain.verify(chain), 3);
  }

  @Test
  void deletedFirstRecordBreaksAtOne() {
    List<StoredEntry> chain = chain(3);
    chain.remove(0);
    assertBrokenAt(AuditHashChain.verify(chain), 1);
  }

  @Test
  void firstEntryMustChainFromGenesis() {
    AuditEntry e = entry("t1", 1, T0, "a", "X", digestOf("not genesis"));
    assertBrokenAt(AuditHashChain.verify(List.of(new StoredEntry(e, hashOf(e)))), 1);
  }

  @Test
  void duplicatedRecordBreaksTheChain() {
    List<StoredEntry> chain = chain(3);
    chain.add(2, chain.get(1));
    assertBrokenAt(AuditHashChain.verify(chain), 3);
  }

  @Test
  void entryFromAnotherTenantIsRejected() {
    // A chain that is internally valid for t2 but spliced into t1's log.
    List<StoredEntry> chain = chain(3);
    AuditEntry foreign =
        with(with(chain.get(1).entry(), "tenantId", "t2"), "prevHash", chain.get(0).storedHash());
    VerificationResult r =
        AuditHashChain.verify(replace(chain, 2, new StoredEntry(foreign, hashOf(foreign))));
    assertBrokenAt(r, 2);
    assertTrue(r.problem().contains("tenant"), r.problem());
  }

  @Test
  void truncatedTailIsNotDetectableWithoutAnAnchor() {
    // Documented limitation: the latest hash must be anchored elsewhere to catch this.
    List<StoredEntry> chain = chain(5);
    assertTrue(AuditHashChain.verify(chain.subList(0, 3)).valid());
  }

  // --- streaming ---

  @Test
  void verifierChecksPageByPage() {
    List<StoredEntry> chain = chain(10);
    AuditHashChain.Verifier verifier = new AuditHashChain.Verifier();
    for (int from = 0; from < chain.size(); from += 3) {
      chain.subList(from, Math.min(from + 3, chain.size())).forEach(verifier::accept);
    }
    assertEquals(AuditHashChain.verify(chain), verifier.result());
    assertEquals(10, verifier.result().recordsChecked());
  }

  @Test
  void verifierDetectsBreakAcrossPageBoundary() {
    List<StoredEntry> chain = chain(6);
    chain.remove(3); // seq 4 missing; page 1 = 1..3, page 2 = 5..6
    AuditHashChain.Verifier verifier = new AuditHashChain.Verifier();
    chain.subList(0, 3).forEach(verifier::accept);
    assertTrue(verifier.result().valid());
    chain.subList(3, chain.size()).forEach(verifier::accept);
    assertBrokenAt(verifier.result(), 4);
  }

  @Test
  void verifierStopsAtFirstFailure() {
    List<StoredEntry> chain = chain(5);
    StoredEntry two = chain.get(1);
    chain.set(1, new StoredEntry(with(two.entry(), "actor", "x"), two.storedHash()));
    AuditHashChain.Verifier verifier = new AuditHashChain.Verifier();
    chain.forEach(verifier::accept);
    VerificationResult r = verifier.result();
    assertBrokenAt(r, 2);
    assertEquals(2, r.recordsChecked());
    verifier.accept(chain.get(4));
    assertEquals(r, verifier.result());
  }

  @Test
  void verifierCanResumeAfterATrustedCheckpoint() {
    List<StoredEntry> chain = chain(6);
    StoredEntry checkpoint = chain.get(2);
    AuditHashChain.Verifier verifier =
        AuditHashChain.Verifier.resumingAfter(3, checkpoint.storedHash());
    chain.subList(3, 6).forEach(verifier::accept);
    assertEquals(new VerificationResult(true, 3, null, null), verifier.result());

    AuditHashChain.Verifier wrongAnchor = AuditHashChain.Verifier.resumingAfter(3, digestOf("x"));
    chain.subList(3, 6).forEach(wrongAnchor::accept);
    assertBrokenAt(wrongAnchor.result(), 4);

    AuditHashChain.Verifier gap =
        AuditHashChain.Verifier.resumingAfter(2, chain.get(1).storedHash());
    chain.subList(3, 6).forEach(gap::accept);
    assertBrokenAt(gap.result(), 3);

    assertThrows(
        IllegalArgumentException.class, () -> AuditHashChain.Verifier.resumingAfter(0, GENESIS));
    assertThrows(NullPointerException.class, () -> AuditHashChain.Verifier.resumingAfter(1, null));
  }

  @Test
  void verificationResultIsConsistent() {
    assertThrows(IllegalArgumentException.class, () -> new VerificationResult(true, 1, 1L, null));
    assertThrows(IllegalArgumentException.class, () -> new VerificationResult(true, 1, null, "x"));
    assertThrows(
        IllegalArgumentException.class, () -> new VerificationResult(false, 1, null, null));
  }

  // --- helpers ---

  private static AuditEntry entry(
      String tenant, long seq, Instant at, String actor, String action, String prevHash) {
    return new AuditEntry(tenant, seq, at, actor, action, "Org", "o1", null, null, prevHash);
  }

  private static AuditEntry entryAt(Instant at) {
    return entry("t1", 1, at, "a", "X", GENESIS);
  }

  private static AuditEntry withSeq(AuditEntry e, long seq) {
    return new AuditEntry(
        e.tenantId(),
        seq,
        e.occurredAt(),
        e.actor(),
        e.action(),
        e.entityType(),
        e.entityId(),
        e.beforeDigest(),
        e.afterDigest(),
        e.prevHash());
  }

  private static AuditEntry withTime(AuditEntry e, Instant at) {
    return new AuditEntry(
        e.tenantId(),
        e.seq(),
        at,
        e.actor(),
        e.action(),
        e.entityType(),
        e.entityId(),
        e.beforeDigest(),
        e.afterDigest(),
        e.prevHash());
  }

  /** A copy of {@code e} with one string field replaced. */
  private static AuditEntry with(AuditEntry e, String field, String value) {
    return new AuditEntry(
        field.equals("tenantId") ? value : e.tenantId(),
        e.seq(),
        e.occurredAt(),
        field.equals("actor") ? value : e.actor(),
        field.equals("action") ? value : e.action(),
        field.equals("entityType") ? value : e.entityType(),
        field.equals("entityId") ? value : e.entityId(),
        field.equals("beforeDigest") ? value : e.beforeDigest(),
        field.equals("afterDigest") ? value : e.afterDigest(),
        field.equals("prevHash") ? value : e.prevHash());
  }
}
