package org.linli.fund.accounting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;

class ChartAndVoucherTest {
  static final UUID FUND = UUID.randomUUID();

  static Map<String, ChartAccount> chart(ChartVersion v) {
    return StandardChart.of(v).stream()
        .collect(Collectors.toMap(ChartAccount::code, Function.identity()));
  }

  @Test
  void theStandardChartSplitsIncomeAndExpenseByRestriction() {
    Map<String, ChartAccount> c = chart(ChartVersion.V2004);
    assertEquals("捐赠收入-限定性", c.get("410102").name());
    assertTrue(c.get("410102").restricted());
    assertFalse(c.get("410101").restricted());
    assertTrue(c.get("510102").restricted());
    assertTrue(c.get("3102").restricted());
    assertFalse(c.get("3101").restricted());
    assertFalse(c.get("1002").restricted());
    assertEquals(AccountCategory.Side.CREDIT, c.get("410101").side());
    assertEquals(AccountCategory.Side.DEBIT, c.get("5201").side());
    assertEquals("4101", c.get("410101").parentCode());
    assertFalse(c.containsKey("410103"), "服务捐赠 only from the 2024 revision");
    assertTrue(chart(ChartVersion.V2024).containsKey("410103"));
    assertFalse(chart(ChartVersion.V2024).get("410103").restricted());
  }

  @Test
  void theVersionInForceChangesOnNewYear2026() {
    assertEquals(ChartVersion.V2004, ChartVersion.inForceOn(LocalDate.of(2025, 12, 31)));
    assertEquals(ChartVersion.V2024, ChartVersion.inForceOn(LocalDate.of(2026, 1, 1)));
  }

  @Test
  void subAccountsInheritFromTheirParentAndKeepItsCode() {
    ChartAccount parent = chart(ChartVersion.V2004).get("510102");
    ChartAccount sub = ChartAccount.subAccountOf(parent, "51010201", "助学项目");
    assertTrue(sub.restricted());
    assertFalse(sub.standard());
    assertEquals("510102", sub.parentCode());
    assertThrows(DomainException.class, () -> ChartAccount.subAccountOf(parent, "52010201", "x"));
    assertThrows(DomainException.class, () -> ChartAccount.subAccountOf(parent, "5101020", "x"));
  }

  @Test
  void fundEffectCountsOnlyRestrictedLines() {
    Map<String, ChartAccount> c = chart(ChartVersion.V2004);
    assertEquals(100, c.get("410102").fundEffect(0, 100));
    assertEquals(-40, c.get("510102").fundEffect(40, 0));
    assertEquals(0, c.get("510101").fundEffect(40, 0));
  }

  static Voucher.Line line(String code, long debit, long credit) {
    return new Voucher.Line(code, code, debit, credit, null, null, null);
  }

  static Voucher draft(String maker, Voucher.Line... lines) {
    return Voucher.draft(
        UUID.randomUUID(),
        LocalDate.of(2026, 3, 5),
        "收到捐赠",
        Voucher.MANUAL,
        null,
        1,
        maker,
        List.of(lines),
        Instant.now());
  }

  @Test
  void aVoucherMustBalanceWithOneSidedPositiveLines() {
    assertEquals(
        "VOUCHER_UNBALANCED",
        assertThrows(
                DomainException.class,
                () -> draft("a", line("1002", 100, 0), line("410101", 0, 99)))
            .code());
    assertEquals(
        "VOUCHER_LINE_ONE_SIDE",
        assertThrows(
                DomainException.class,
                () -> draft("a", line("1002", 100, 100), line("410101", 0, 0)))
            .code());
    assertEquals(
        "VOUCHER_LINE_ONE_SIDE",
        assertThrows(
                DomainException.class,
                () -> draft("a", line("1002", -100, 0), line("410101", -100, 0)))
            .code());
    assertEquals(
        "VOUCHER_TOO_FEW_LINES",
        assertThrows(DomainException.class, () -> draft("a", line("1002", 0, 0))).code());
  }

  @Test
  void theMakerCannotApproveTheirOwnVoucher() {
    Voucher v = draft("maker", line("1002", 100, 0), line("410101", 0, 100));
    assertEquals(
        "VOUCHER_SELF_APPROVAL",
        assertThrows(DomainException.class, () -> v.approvedBy("maker")).code());
    assertEquals("checker", v.approvedBy("checker").approvedBy());
    Voucher posted = v.approvedBy("checker").posted(7, Instant.now());
    assertEquals("记-0007", posted.numberText());
    assertEquals(
        "VOUCHER_NOT_DRAFT",
        assertThrows(DomainException.class, () -> posted.approvedBy("other")).code());
  }

  @Test
  void aRedLetterReversalNegatesEveryLineAndNamesTheOriginal() {
    Voucher posted =
        draft("m", line("1002", 100, 0), line("410101", 0, 100))
            .approvedBy("c")
            .posted(1, Instant.now());
    Voucher red =
        posted.redLetter(UUID.randomUUID(), LocalDate.of(2026, 4, 1), "金额错误", "c", Instant.now());
    assertEquals(posted.id(), red.reversesId());
    assertEquals(-100, red.lines().get(0).debit());
    assertEquals(-100, red.lines().get(1).credit());
    assertTrue(red.summary().contains("记-0001"));
    assertThrows(
        DomainException.class,
        () ->
            draft("m", line("1002", 1, 0), line("1001", 0, 1))
                .redLetter(UUID.randomUUID(), LocalDate.now(), "x", "c", Instant.now()));
  }

  @Test
  void theContentHashTellsARetryFromAReuse() {
    UUID id = UUID.randomUUID();
    LocalDate d = LocalDate.of(2026, 3, 5);
    var lines = List.of(line("1002", 100, 0), line("410101", 0, 100));
    Voucher a = Voucher.draft(id, d, "s", "DONATION", null, 0, "m", lines, Instant.now());
    Voucher b =
        Voucher.draft(id, d, "s", "DONATION", null, 0, "m", lines, Instant.now().plusSeconds(5));
    Voucher c =
        Voucher.draft(
            id,
            d,
            "s",
            "DONATION",
            null,
            0,
            "m",
            List.of(line("1002", 101, 0), line("410101", 0, 101)),
            Instant.now());
    assertEquals(a.contentHash(), b.contentHash());
    assertNotEquals(a.contentHash(), c.contentHash());
  }
}
