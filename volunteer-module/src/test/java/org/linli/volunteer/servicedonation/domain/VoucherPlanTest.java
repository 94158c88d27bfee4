package org.linli.volunteer.servicedonation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
          added.add(ValuedRecord.of("r" + next++, 1 + random.nextInt(600), rate));
        }
        List<ValuedRecord> reversed = new ArrayList<>();
        for (ValuedRecord r : List.copyOf(booked.values())) {
          if (random.nextInt(5) == 0) {
            reversed.add(r);
          }
        }
        VoucherPlan plan = VoucherPlan.of(added, reversed, "2026-11");
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
        assertEquals(plan.addedFen() + plan.reversedFen(), debit);
        added.forEach(r -> booked.put(r.recordId(), r));
        reversed.forEach(r -> booked.remove(r.recordId()));
      }
      long stillBooked = booked.values().stream().mapToLong(ValuedRecord::amountFen).sum();
      assertEquals(stillBooked, net.getOrDefault(VoucherPlan.EXPENSE, 0L));
      assertEquals(-stillBooked, net.getOrDefault(VoucherPlan.INCOME, 0L));
    }
  }
}
