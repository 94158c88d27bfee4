package org.linli.volunteer.servicedonation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The voucher a run posts always balances, each line has one positive side, and over any sequence
 * of runs (records valued once, some later reversed) the net on 410103 equals the net on 510103
 * equals the value of the records still booked: a property over random runs with a fixed seed.
 */
class VoucherPlanTest {
  @Test
  void valuesHalfUpToTheFen() {
    assertEquals(3000, ValuedRecord.value(60, 3000));
    assertEquals(1500, ValuedRecord.value(30, 3000));
    assertEquals(1, ValuedRecord.value(1, 33), "0.55 fen rounds up");
    assertEquals(0, ValuedRecord.value(1, 29), "0.483 fen rounds down");
    assertEquals(4167, ValuedRecord.value(125, 2000), "2 h 5 min at 20.00 = 41.666… yuan");
  }

  @Test
  void eachRecordIsValuedAtItsCategorysRateAndTheDefaultOtherwise() {
    RateCard card =
        new RateCard(
            3000,
            List.of(
                new ServiceDonationSettings.CategoryRate("elderly-care", 4500),
                new ServiceDonationSettings.CategoryRate("tutoring", 6000)));
    assertEquals(4500, card.rateOf("elderly-care"));
    assertEquals(6000, card.rateOf("tutoring"));
    assertEquals(3000, card.rateOf("environment"), "a category without its own rate");
    assertEquals(3000, card.rateOf(null), "a record without an activity");
    ValuedRecord care = card.value("a", "elderly-care", 90);
    assertEquals(6750, care.amountFen(), "1.5 h × 45.00 = 67.50");
    assertEquals(4500, care.rateFenPerHour(), "the entry keeps its rate");
    assertEquals(6000, card.value("b", "tutoring", 60).amountFen());
    assertEquals(1000, card.value("c", "tutoring", 10).amountFen(), "10 min × 60.00 = 10.00");
    assertEquals(1650, card.value("d", null, 33).amountFen(), "33 min × 30.00 = 16.50");
    assertEquals(5250, card.value("e", "elderly-care", 70).amountFen(), "70 min × 45.00 = 52.50");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RateCard(
                3000,
                List.of(
                    new ServiceDonationSettings.CategoryRate("x", 100),
                    new ServiceDonationSettings.CategoryRate("x", 200))));
  }

  @Test
  void aDisclosurePostsNothingAndTakesBackOnlyWhatWasBooked() {
    ValuedRecord booked = ValuedRecord.of("old", "a", 60, 3000).in(ServiceDonationMode.RECOGNISE);
    ValuedRecord disclosed =
        ValuedRecord.of("old2", "a", 60, 3000).in(ServiceDonationMode.DISCLOSE);
    VoucherPlan d =
        VoucherPlan.of(
            ServiceDonationMode.DISCLOSE,
            List.of(ValuedRecord.of("new", "a", 120, 3000)),
            List.of(),
            "2026-11");
    assertTrue(!d.isEmpty() && !d.posts(), "recorded, nothing posted");
    assertEquals(6000, d.addedFen());
    assertEquals(ServiceDonationMode.DISCLOSE, d.added().get(0).mode());
    VoucherPlan back =
        VoucherPlan.of(
            ServiceDonationMode.DISCLOSE, List.of(), List.of(booked, disclosed), "2026-11");
    assertEquals(2, back.lines().size(), "only the booked entry is taken back in the books");
    assertEquals(3000, back.lines().get(0).debitFen());
    assertEquals(VoucherPlan.INCOME, back.lines().get(0).accountCode());
    VoucherPlan r =
        VoucherPlan.of(ServiceDonationMode.RECOGNISE, List.of(), List.of(disclosed), "2026-11");
    assertTrue(!r.isEmpty() && !r.posts(), "a disclosed entry is taken back in the notes only");
  }

  @Test
  void nothingToDoIsEmptyAndHasNoLines() {
    VoucherPlan p = VoucherPlan.of(List.of(), List.of(), "2026-11");
    assertTrue(p.isEmpty());
    assertTrue(p.lines().isEmpty());
  }

  @Test
  void everyPlanBalancesAndTheLedgerNetsToWhatIsStillBooked() {
    Random random = new Random(20261207L);
    for (int book = 0; book < 200; book++) {
      Map<String, ValuedRecord> booked = new HashMap<>();
      Map<String, Long> net = new HashMap<>();
      int next = 0;
      for (int run = 0; run < 1 + random.nextInt(6); run++) {
        long rate = 1 + random.nextInt(100_00);
        List<ValuedRecord> added = new ArrayList<>();
        for (int i = random.nextInt(8); i > 0; i--) {
          added.add(ValuedRecord.of("r" + next++, null, 1 + random.nextInt(600), rate));
        }
        List<ValuedRecord> reversed = new ArrayList<>();
        for (ValuedRecord r : List.copyOf(booked.values())) {
          if (random.nextInt(5) == 0) {
            reversed.add(r);
          }
        }
        ServiceDonationMode mode =
            random.nextInt(3) == 0 ? ServiceDonationMode.DISCLOSE : ServiceDonationMode.RECOGNISE;
        VoucherPlan plan = VoucherPlan.of(mode, added, reversed, "2026-11");
        long debit = 0;
        long credit = 0;
        for (VoucherPlan.Line l : plan.lines()) {
          assertTrue((l.debitFen() > 0) != (l.creditFen() > 0), "one positive side: " + l);
          assertTrue(l.debitFen() >= 0 && l.creditFen() >= 0);
          debit += l.debitFen();
          credit += l.creditFen();
          net.merge(l.accountCode(), l.debitFen() - l.creditFen(), Long::sum);
        }
        assertEquals(debit, credit, "balanced");
        long bookedOut =
            reversed.stream().filter(ValuedRecord::booked).mapToLong(ValuedRecord::amountFen).sum();
        long in = mode == ServiceDonationMode.RECOGNISE ? plan.addedFen() : 0;
        assertEquals(in + bookedOut, debit, "disclosed hours never reach the books");
        plan.added().forEach(r -> booked.put(r.recordId(), r));
        reversed.forEach(r -> booked.remove(r.recordId()));
      }
      long stillBooked =
          booked.values().stream()
              .filter(ValuedRecord::booked)
              .mapToLong(ValuedRecord::amountFen)
              .sum();
      assertEquals(stillBooked, net.getOrDefault(VoucherPlan.EXPENSE, 0L));
      assertEquals(-stillBooked, net.getOrDefault(VoucherPlan.INCOME, 0L));
    }
  }
}
