package org.linli.fund.donation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;

class DonationTest {
  static Donation.Common common(long fen, boolean benefit) {
    return new Donation.Common(
        "d1",
        "donor",
        fen,
        LocalDate.of(2026, 3, 1),
        "fund",
        null,
        benefit,
        null,
        "t",
        "me",
        Instant.now());
  }

  @Test
  void aPledgeIsPaidUpToItsAmountAndThenFulfilled() {
    Donation pledge = Donation.pledge(common(100_000, false), LocalDate.of(2026, 6, 1));
    pledge.receivePayment(60_000);
    assertEquals(Donation.Status.PLEDGED, pledge.status());
    assertEquals(40_000, pledge.outstandingFen());
    assertEquals(
        "PLEDGE_OVERPAID",
        assertThrows(DomainException.class, () -> pledge.receivePayment(40_001)).code());
    pledge.receivePayment(40_000);
    assertEquals(Donation.Status.FULFILLED, pledge.status());
    assertEquals(
        "PLEDGE_FULFILLED",
        assertThrows(DomainException.class, () -> pledge.receivePayment(1)).code());
  }

  @Test
  void aPledgeIsNotDueBeforeItIsMade() {
    assertEquals(
        "PLEDGE_DUE_BEFORE_DATE",
        assertThrows(
                DomainException.class,
                () -> Donation.pledge(common(1, false), LocalDate.of(2026, 2, 28)))
            .code());
  }

  @Test
  void sponsorshipAndPledgesGetNoReceipt() {
    Donation sponsorship = Donation.cash(common(100, true), Donation.Channel.BANK, null, null);
    assertEquals(
        "RECEIPT_NOT_ALLOWED_FOR_BENEFIT",
        assertThrows(DomainException.class, sponsorship::requireReceiptable).code());
    Donation pledge = Donation.pledge(common(100, false), LocalDate.of(2026, 3, 1));
    assertEquals(
        "RECEIPT_NOT_ALLOWED_FOR_PLEDGE",
        assertThrows(DomainException.class, pledge::requireReceiptable).code());
    Donation.cash(common(100, false), Donation.Channel.CASH, null, null).requireReceiptable();
  }

  @Test
  void zeroAndNegativeAmountsAreRefused() {
    assertEquals(
        "INVALID_AMOUNT", assertThrows(DomainException.class, () -> common(0, false)).code());
    assertEquals(
        "INVALID_AMOUNT", assertThrows(DomainException.class, () -> common(-1, false)).code());
  }
}
