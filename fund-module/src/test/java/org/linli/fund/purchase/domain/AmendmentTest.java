package org.linli.fund.purchase.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;

class AmendmentTest {
  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  static final Amendment PROPOSED = Amendment.proposed("c", 2, "buyer", Instant.EPOCH);

  @Test
  void acceptedUntilItsStartThenTooLate() {
    Amendment a = PROPOSED.accepted("p", Instant.EPOCH, TODAY, TODAY);
    assertEquals(AmendmentState.ACCEPTED, a.state());
    assertTrue(Amendment.inForce(2, a));
    DomainException late =
        assertThrows(
            DomainException.class,
            () -> PROPOSED.accepted("p", Instant.EPOCH, TODAY, TODAY.minusDays(1)));
    assertEquals("AMENDMENT_EFFECTIVE_DATE_PASSED", late.code());
  }

  @Test
  void refusedWithAReasonOnceAndNeverInForce() {
    assertEquals(
        "REASON_REQUIRED",
        assertThrows(DomainException.class, () -> PROPOSED.refused("p", Instant.EPOCH, " "))
            .code());
    assertEquals(
        "REASON_TOO_LONG",
        assertThrows(
                DomainException.class, () -> PROPOSED.refused("p", Instant.EPOCH, "x".repeat(501)))
            .code());
    Amendment refused = PROPOSED.refused("p", Instant.EPOCH, " 单价过低 ");
    assertEquals("单价过低", refused.refusalReason());
    assertFalse(Amendment.inForce(2, refused));
    assertFalse(Amendment.inForce(2, PROPOSED));
    assertEquals(
        "AMENDMENT_NOT_PROPOSED",
        assertThrows(
                DomainException.class, () -> refused.accepted("p", Instant.EPOCH, TODAY, TODAY))
            .code());
  }

  @Test
  void versionOneAndVersionsWithoutAnAnswerApply() {
    assertTrue(Amendment.inForce(1, null));
    assertTrue(Amendment.inForce(3, null));
  }

  @Test
  void residentNamesAreMaskedToTheSurname() {
    assertEquals("王**", OrderLabel.mask("王奶奶"));
    assertEquals("欧***", OrderLabel.mask("欧阳修文"));
    assertEquals("李*", OrderLabel.mask("李"));
    assertEquals(null, OrderLabel.mask(null));
  }
}
