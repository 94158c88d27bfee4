package org.linli.fund.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;

class LedgerTransactionTest {
  static final LocalDate DAY = LocalDate.of(2026, 11, 1);

  private static String code(Runnable r) {
    return assertThrows(DomainException.class, r::run).code();
  }

  @Test
  void buildsOnlyBalancedPerUnit() {
    var tx =
        LedgerTransaction.builder("t1", "TRANSFER", DAY)
            .post("a", Unit.CNY, -100)
            .post("b", Unit.CNY, 100)
            .post("c", Unit.POINT, 5)
            .post("d", Unit.POINT, -5)
            .build();
    assertEquals(4, tx.postings().size());
    assertEquals(
        "UNBALANCED_TRANSACTION",
        code(
            () ->
                LedgerTransaction.builder("t2", "X", DAY)
                    .post("a", Unit.CNY, -100)
                    .post("b", Unit.POINT, 100)
                    .build()));
    assertEquals(
        "UNBALANCED_TRANSACTION",
        code(
            () ->
                LedgerTransaction.builder("t3", "X", DAY)
                    .post("a", Unit.CNY, -100)
                    .post("b", Unit.CNY, 99)
                    .build()));
  }

  @Test
  void refusesTooFewOrZeroPostingsAndOverflow() {
    assertEquals(
        "TOO_FEW_POSTINGS",
        code(() -> LedgerTransaction.builder("t", "X", DAY).post("a", Unit.CNY, 1).build()));
    assertEquals(
        "ZERO_POSTING",
        code(() -> LedgerTransaction.builder("t", "X", DAY).post("a", Unit.CNY, 0)));
    assertThrows(
        ArithmeticException.class,
        () ->
            LedgerTransaction.builder("t", "X", DAY)
                .post("a", Unit.CNY, Long.MAX_VALUE)
                .post("b", Unit.CNY, 1)
                .build());
  }

  @Test
  void reversalNegatesEveryPostingAndHashesDiffer() {
    var tx =
        LedgerTransaction.builder("t1", "TRANSFER", DAY)
            .post("a", Unit.HOUR, -30)
            .post("b", Unit.HOUR, 30)
            .build();
    var contra = tx.reversal("t1-r", "oops", DAY.plusDays(3));
    assertEquals("t1", contra.reversesId());
    assertEquals(30, contra.postings().get(0).amount());
    assertEquals(-30, contra.postings().get(1).amount());
    assertNotEquals(tx.contentHash(), contra.contentHash());
    var same =
        LedgerTransaction.builder("t1", "TRANSFER", DAY)
            .post("a", Unit.HOUR, -30)
            .post("b", Unit.HOUR, 30)
            .build();
    assertEquals(tx.contentHash(), same.contentHash());
  }
}
