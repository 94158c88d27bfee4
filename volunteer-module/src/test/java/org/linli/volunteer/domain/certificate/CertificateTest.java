package org.linli.volunteer.domain.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;

class CertificateTest {
  static final KeyPair KEYS = Samples.keyPair();
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
        stored(facts, facts.toCanonicalJson(), null).check("sunshine-sw", KEYS.getPublic());
    assertTrue(check.valid());
    assertEquals(facts, check.facts());
  }

  @Test
  void changedFactsBreakTheSignatureAndTheDigest() {
    CertificateFacts facts = Samples.facts("ZM-2026-000001");
    String tampered =
        facts.toCanonicalJson().replace("\"totalMinutes\":210", "\"totalMinutes\":2100");
    CertificateCheck check = stored(facts, tampered, null).check("sunshine-sw", KEYS.getPublic());
    assertFalse(check.signatureValid());
    assertFalse(check.digestIntact());
    assertFalse(check.factsConsistent(), "the total no longer adds up either");
    assertFalse(check.valid());
  }

  @Test
  void aChangedDigestColumnOrNumberOrTenantIsCaught() {
    CertificateFacts facts = Samples.facts("ZM-2026-000001");
    String text = facts.toCanonicalJson();
    CertificateCheck digest =
        stored(facts, text, "0".repeat(64)).check("sunshine-sw", KEYS.getPublic());
    assertTrue(digest.signatureValid());
    assertFalse(digest.valid());
    CertificateCheck number =
        stored(Samples.facts("ZM-2026-000999"), text, null).check("sunshine-sw", KEYS.getPublic());
    assertFalse(number.valid(), "a genuine certificate cannot answer for another number");
    assertFalse(stored(facts, text, null).check("heart-assoc", KEYS.getPublic()).valid());
  }

  @Test
  void unreadableFactsAreInvalidNotAnError() {
    CertificateFacts facts = Samples.facts("ZM-2026-000001");
    Certificate c = stored(facts, "{broken", null);
    CertificateCheck check = c.check("sunshine-sw", KEYS.getPublic());
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
    CertificateCheck check = c.check("sunshine-sw", KEYS.getPublic());
    assertTrue(check.intact());
    assertFalse(check.valid());
    assertEquals(
        "CERTIFICATE_ALREADY_REVOKED",
        assertThrows(DomainException.class, () -> c.revoke("again", "admin", NOW)).code());
  }
}
