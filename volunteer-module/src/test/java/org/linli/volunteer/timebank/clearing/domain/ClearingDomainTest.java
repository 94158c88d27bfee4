package org.linli.volunteer.timebank.clearing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;

/** Agreement transitions and the release rule of an outbound request. */
class ClearingDomainTest {
  static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

  static ClearingAgreement proposedByA() {
    return ClearingAgreement.propose("id-1", "org-a", "org-b", 600, NOW);
  }

  static String code(Runnable action) {
    return assertThrows(DomainException.class, action::run).code();
  }

  @Test
  void onlyTheCounterpartyAccepts() {
    ClearingAgreement atA = proposedByA();
    assertEquals("OWN_PROPOSAL", code(() -> atA.accept("org-a", NOW)));
    assertEquals("AGREEMENT_NOT_ACTIVE", code(atA::requireActive));
    atA.accept("org-b", NOW); // the row as B holds it: proposed by its counterparty
    assertEquals(AgreementStatus.ACTIVE, atA.status());
    atA.requireActive();
    assertEquals("AGREEMENT_NOT_PROPOSED", code(() -> atA.accept("org-b", NOW)));
  }

  @Test
  void eitherSideSuspendsOnce() {
    ClearingAgreement a = proposedByA();
    a.suspend("org-b", NOW);
    assertEquals("org-b", a.suspendedBy());
    assertEquals("AGREEMENT_SUSPENDED", code(() -> a.suspend("org-a", NOW)));
    assertEquals("AGREEMENT_NOT_PROPOSED", code(() -> a.accept("org-b", NOW)));
  }

  @Test
  void refusesItselfAndSillyLimits() {
    assertEquals(
        "COUNTERPARTY_IS_SELF",
        code(() -> ClearingAgreement.propose("x", "org-a", "org-a", 60, NOW)));
    assertEquals(
        "INVALID_LIMIT", code(() -> ClearingAgreement.propose("x", "org-a", "org-b", 0, NOW)));
    assertEquals(
        "INVALID_LIMIT",
        code(
            () ->
                ClearingAgreement.propose(
                    "x", "org-a", "org-b", ClearingAgreement.MAX_LIMIT_MINUTES + 1, NOW)));
  }

  @Test
  void anOpenRequestIsCancelledADeclinedOneReleasedAndNeitherTwice() {
    OutboundRequest open = request();
    open.release(NOW);
    assertEquals(OutboundStatus.CANCELLED, open.status());
    assertEquals("REQUEST_ALREADY_RELEASED", code(() -> open.release(NOW)));
    assertEquals(false, open.status().holdsHours());
  }

  static OutboundRequest request() {
    return OutboundRequest.open(
        "r-1", new OutboundRequest.Terms("org-b", "v-1", "助老", "陪同就医", 90), "staff", NOW);
  }
}
