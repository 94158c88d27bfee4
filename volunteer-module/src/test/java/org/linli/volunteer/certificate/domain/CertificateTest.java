package org.linli.volunteer.certificate.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;

class CertificateTest {
  static final KeyPair KEYS = Samples.keyPair();
  static final CertificateKeyRing RING =
      new CertificateKeyRing(Map.of("c1", KEYS.getPublic()), Map.of());
  static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

  private static Certificate stored(CertificateFacts facts, String storedText, String digest) {
    CertificateSeal seal = CertificateSeal.of(facts.toCanonicalJson(), KEYS.getPrivate(), "c1");
    return Certificate.issue(
        "c-1",
        "v-1",
        facts,
        storedText,
        new CertificateSeal(digest == null ? seal.digest() : digest, seal.signature(), "c1"),
        "staff",
        NOW);
  }

  @Test
  void anUntouchedCertificateIsValid() {
    CertificateFacts facts = Samples.facts("ZM-2026-000001");
    CertificateCheck check =
        stored(facts, facts.toCanonicalJson(), null).check("sunshine-sw", RING);
    assertTrue(check.valid());
    assertNull(check.reason());
    assertEquals(facts, check.facts());
  }

  @Test
  void changedFactsBreakTheSignatureAndTheDigest() {
    CertificateFacts facts = Samples.facts("ZM-2026-000001");
    String tampered =
        facts.toCanonicalJson().replace("\"totalMinutes\":210", "\"totalMinutes\":2100");
    CertificateCheck check = stored(facts, tampered, null).check("sunshine-sw", RING);
    assertFalse(check.signatureValid());
    assertFalse(check.digestIntact());
    assertFalse(check.factsConsistent(), "the total no longer adds up either");
    assertFalse(check.valid());
    assertEquals(InvalidReason.TAMPERED, check.reason());
  }

  @Test
  void aChangedDigestColumnOrNumberOrTenantIsCaught() {
    CertificateFacts facts = Samples.facts("ZM-2026-000001");
    String text = facts.toCanonicalJson();
    CertificateCheck digest = stored(facts, text, "0".repeat(64)).check("sunshine-sw", RING);
    assertTrue(digest.signatureValid());
    assertFalse(digest.valid());
    CertificateCheck number =
        stored(Samples.facts("ZM-2026-000999"), text, null).check("sunshine-sw", RING);
    assertFalse(number.valid(), "a genuine certificate cannot answer for another number");
    assertFalse(stored(facts, text, null).check("heart-assoc", RING).valid());
  }

  @Test
  void unreadableFactsAreInvalidNotAnError() {
    CertificateFacts facts = Samples.facts("ZM-2026-000001");
    Certificate c = stored(facts, "{broken", null);
    CertificateCheck check = c.check("sunshine-sw", RING);
    assertFalse(check.valid());
    assertNull(check.facts());
    assertTrue(c.readableFacts().isEmpty());
  }

  @Test
  void revocationNeedsAReasonHappensOnceAndInvalidates() {
    CertificateFacts facts = Samples.facts("ZM-2026-000001");
    Certificate c = stored(facts, facts.toCanonicalJson(), null);
    assertEquals(
        "REASON_REQUIRED",
        assertThrows(DomainException.class, () -> c.revoke(" ", "admin", NOW)).code());
    c.revoke("信息有误", "admin", NOW);
    assertEquals(CertificateStatus.REVOKED, c.status());
    CertificateCheck check = c.check("sunshine-sw", RING);
    assertTrue(check.intact());
    assertFalse(check.valid());
    assertEquals(InvalidReason.REVOKED, check.reason());
    assertEquals(
        "CERTIFICATE_ALREADY_REVOKED",
        assertThrows(DomainException.class, () -> c.revoke("again", "admin", NOW)).code());
  }

  @Test
  void aRetiredKeyStillVerifiesTheCertificatesNamingIt() {
    KeyPair current = Samples.keyPair();
    CertificateKeyRing rotated =
        new CertificateKeyRing(Map.of("c1", KEYS.getPublic(), "c2", current.getPublic()), Map.of());
    CertificateFacts facts = Samples.facts("ZM-2026-000001");
    assertTrue(stored(facts, facts.toCanonicalJson(), null).check("sunshine-sw", rotated).valid());
    CertificateKeyRing wrongKeyUnderTheId =
        new CertificateKeyRing(Map.of("c1", current.getPublic()), Map.of());
    CertificateCheck check =
        stored(facts, facts.toCanonicalJson(), null).check("sunshine-sw", wrongKeyUnderTheId);
    assertFalse(check.signatureValid(), "verified with the key named in it, not any key");
    assertEquals(InvalidReason.TAMPERED, check.reason());
  }

  @Test
  void aCertificateNamingAnUnknownKeyIsInvalid() {
    CertificateFacts facts = Samples.facts("ZM-2026-000001");
    CertificateKeyRing other =
        new CertificateKeyRing(Map.of("c2", Samples.keyPair().getPublic()), Map.of());
    CertificateCheck check =
        stored(facts, facts.toCanonicalJson(), null).check("sunshine-sw", other);
    assertFalse(check.valid());
    assertFalse(check.signatureValid());
    assertEquals(CertificateKeyRing.Trust.UNKNOWN, check.keyTrust());
    assertEquals(InvalidReason.UNKNOWN_SIGNING_KEY, check.reason());
  }

  @Test
  void aCompromisedKeyInvalidatesItsCertificatesFromTheGivenIssueDate() {
    CertificateFacts facts = Samples.facts("ZM-2026-000001"); // issued 2026-11-23
    Certificate c = stored(facts, facts.toCanonicalJson(), null);
    CertificateCheck always =
        c.check(
            "sunshine-sw",
            new CertificateKeyRing(Map.of("c1", KEYS.getPublic()), Map.of("c1", Optional.empty())));
    assertFalse(always.valid());
    assertFalse(always.intact(), "refused for printing too");
    assertEquals(InvalidReason.SIGNING_KEY_COMPROMISED, always.reason());
    CertificateCheck onTheDay =
        c.check("sunshine-sw", compromisedSince(LocalDate.of(2026, 11, 23)));
    assertEquals(InvalidReason.SIGNING_KEY_COMPROMISED, onTheDay.reason());
    CertificateCheck before = c.check("sunshine-sw", compromisedSince(LocalDate.of(2026, 11, 24)));
    assertTrue(before.valid(), "issued before the compromise date");
    assertEquals(
        InvalidReason.SIGNING_KEY_COMPROMISED,
        stored(facts, "{broken", null)
            .check("sunshine-sw", compromisedSince(LocalDate.of(2026, 11, 24)))
            .reason(),
        "no readable issue date: the compromise date cannot spare it");
  }

  private static CertificateKeyRing compromisedSince(LocalDate since) {
    return new CertificateKeyRing(Map.of("c1", KEYS.getPublic()), Map.of("c1", Optional.of(since)));
  }
}
