package org.linli.fund.disbursement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;

class DisbursementTest {
  private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
  private static final Beneficiary PERSON =
      new Beneficiary(
          Beneficiary.Kind.PERSON, "张三", "RESIDENT_ID", "1101**********0012", "c", "k", null);

  private static Disbursement request(long amount) {
    int required = DisbursementSettings.defaults().requiredApprovals(amount);
    return Disbursement.request(
        UUID.randomUUID(),
        UUID.randomUUID(),
        PERSON,
        "医疗救助",
        amount,
        List.of("病历.pdf"),
        required,
        "requester",
        "req@x",
        NOW);
  }

  @Test
  void upToTwoThousandYuanOneApproverAboveItTwoDistinctOnes() {
    Disbursement small = request(200_000);
    assertEquals(1, small.requiredApprovals());
    small.approve("a1", "a1@x", NOW);
    assertEquals(DisbursementStatus.APPROVED, small.status());

    Disbursement large = request(200_001);
    assertEquals(2, large.requiredApprovals());
    large.approve("a1", "a1@x", NOW);
    assertEquals(DisbursementStatus.PENDING_APPROVAL, large.status());
    DomainException twice =
        assertThrows(DomainException.class, () -> large.approve("a1", "a1@x", NOW));
    assertEquals("DISBURSEMENT_ALREADY_APPROVED_BY_YOU", twice.code());
    large.approve("a2", "a2@x", NOW);
    assertEquals(DisbursementStatus.APPROVED, large.status());
    assertEquals(2, large.approvals().size());
  }

  @Test
  void theRequesterNeverApprovesOrRejectsTheirOwnRequest() {
    Disbursement d = request(1_000);
    assertEquals(
        "DISBURSEMENT_SELF_APPROVAL",
        assertThrows(DomainException.class, () -> d.approve("requester", "r", NOW)).code());
    assertEquals(
        "DISBURSEMENT_SELF_APPROVAL",
        assertThrows(DomainException.class, () -> d.reject("requester", "no", NOW)).code());
    assertEquals(DisbursementStatus.PENDING_APPROVAL, d.status());
  }

  @Test
  void onlyAnApprovedRequestIsPaidAndOnlyOnce() {
    Disbursement d = request(1_000);
    var payment =
        new Disbursement.Payment(
            "f", NOW, LocalDate.of(2026, 12, 7), "B1", UUID.randomUUID(), "记-0001");
    assertEquals(
        "DISBURSEMENT_NOT_APPROVED",
        assertThrows(DomainException.class, () -> d.pay(payment)).code());
    d.approve("a1", "a1", NOW);
    d.pay(payment);
    assertEquals(DisbursementStatus.PAID, d.status());
    assertThrows(DomainException.class, () -> d.pay(payment));
    assertEquals(
        "DISBURSEMENT_NOT_OPEN",
        assertThrows(DomainException.class, () -> d.reject("a2", "late", NOW)).code());
  }

  @Test
  void fastLaneCaseTracksTheTwentyFourHoursAndTheBackfillDeadline() {
    LocalDate due = LocalDate.of(2026, 12, 14);
    Disbursement quick = fast(NOW.minus(Duration.ofHours(23)), due);
    assertTrue(quick.paidWithin24h());
    Disbursement slow = fast(NOW.minus(Duration.ofHours(25)), due);
    assertFalse(slow.paidWithin24h());

    assertFalse(quick.backfillOverdue(due));
    assertTrue(quick.backfillOverdue(due.plusDays(1)));
    assertEquals(
        "DISBURSEMENT_SELF_APPROVAL",
        assertThrows(
                DomainException.class,
                () -> quick.completeBackfill("cw", "caseworker", true, null, NOW))
            .code());
    quick.completeBackfill("fin", "finance", false, "材料不实", NOW);
    assertEquals(BackfillStatus.REJECTED, quick.backfill().status());
    assertTrue(quick.backfill().metDeadline());
    assertEquals(
        "BACKFILL_ALREADY_DONE",
        assertThrows(
                DomainException.class,
                () -> quick.completeBackfill("fin", "finance", true, null, NOW))
            .code());
  }

  private static Disbursement fast(Instant requestedAt, LocalDate due) {
    return Disbursement.fastPayment(
        UUID.randomUUID(),
        UUID.randomUUID(),
        PERSON,
        "火灾临时救助",
        "火灾",
        50_000,
        List.of(),
        "caseworker",
        "cw@x",
        requestedAt,
        new Disbursement.Payment(
            "cw@x", NOW, LocalDate.of(2026, 12, 7), "B2", UUID.randomUUID(), "记-0002"),
        due,
        false);
  }
}
