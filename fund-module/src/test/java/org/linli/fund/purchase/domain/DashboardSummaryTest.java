package org.linli.fund.purchase.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.fund.purchase.domain.DashboardQueries.ContractRow;
import org.linli.fund.purchase.domain.DashboardQueries.FlagCell;
import org.linli.fund.purchase.domain.DashboardQueries.ItemRow;
import org.linli.fund.purchase.domain.DashboardQueries.OrderCell;
import org.linli.fund.purchase.domain.DashboardQueries.Scope;

class DashboardSummaryTest {
  static final YearMonth JAN = YearMonth.of(2026, 1);
  static final Scope SCOPE = new Scope(Side.BUYER, JAN, JAN.plusMonths(1), null, null);

  static ContractRow contract(String id, String provider) {
    return new ContractRow(
        id,
        "HT-" + id,
        "居家养老",
        provider,
        provider + " 名",
        ContractStatus.ACTIVE,
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31),
        100_000_00);
  }

  @Test
  void plannedSpreadsTheQuantityOverTheTermsDays() {
    LocalDate start = LocalDate.of(2026, 1, 16);
    LocalDate end = LocalDate.of(2027, 1, 15);
    // 16 of January's days in a 365-day term: 1000 × 16 / 365 = 43.8
    assertEquals(new BigDecimal("43.8"), DashboardSummary.planned(1000, start, end, JAN));
    assertEquals(
        new BigDecimal("0.0"), DashboardSummary.planned(1000, start, end, JAN.minusMonths(1)));
    assertEquals(
        new BigDecimal("84.9"), DashboardSummary.planned(1000, start, end, YearMonth.of(2026, 3)));
  }

  @Test
  void deliveredCountsCompletedRatedAndSettledAndRanksByOpenFlags() {
    List<ContractRow> contracts = List.of(contract("a", "p1"), contract("b", "p2"));
    List<ItemRow> items =
        List.of(
            new ItemRow("a", "MEAL", "助餐", ServiceUnit.MEAL, 1500, 1000),
            new ItemRow("b", "MEAL", "助餐", ServiceUnit.MEAL, 1500, 1000));
    List<OrderCell> cells =
        List.of(
            new OrderCell("a", "MEAL", JAN, "COMPLETED", 0, 3, 4500),
            new OrderCell("a", "MEAL", JAN, "RATED", 4, 2, 3000),
            new OrderCell("a", "MEAL", JAN, "CANCELLED", 0, 5, 7500),
            new OrderCell("b", "MEAL", JAN.plusMonths(1), "SETTLED", 5, 1, 1500),
            new OrderCell("b", "MEAL", JAN.plusMonths(1), "PENDING_DISPATCH", 0, 1, 1500),
            new OrderCell("x", "MEAL", JAN, "COMPLETED", 0, 9, 9));
    List<FlagCell> flags =
        List.of(
            new FlagCell("b", AnomalyRule.SHORT_VISIT, FlagStatus.OPEN, 2),
            new FlagCell("a", AnomalyRule.SHORT_VISIT, FlagStatus.REJECTED, 4),
            new FlagCell("x", AnomalyRule.SHORT_VISIT, FlagStatus.OPEN, 7));
    DashboardSummary s = DashboardSummary.of(SCOPE, contracts, items, cells, flags);

    assertEquals(5, s.contracts().get(0).deliveredUnits());
    assertEquals(7500, s.contracts().get(0).deliveredAmount());
    assertEquals(10, s.contracts().get(0).orders());
    assertEquals(1, s.contracts().get(1).deliveredUnits());
    assertEquals(
        Map.of(
            "COMPLETED", 3L, "RATED", 2L, "CANCELLED", 5L, "SETTLED", 1L, "PENDING_DISPATCH", 1L),
        s.ordersByStatus());
    assertEquals(3, s.satisfaction().rated());
    assertEquals(new BigDecimal("4.33"), s.satisfaction().average());
    assertArrayEquals(new long[] {0, 0, 0, 2, 1}, s.satisfaction().distribution());
    // p2 has the open flags: first, though p1 has more flags in all.
    assertEquals("p2", s.providers().get(0).providerOrg());
    assertEquals(2, s.providers().get(0).openFlags());
    assertEquals("p1", s.providers().get(1).providerOrg());
    assertEquals(4, s.providers().get(1).flags());
    assertEquals(
        Map.of(FlagStatus.OPEN, 2L, FlagStatus.REJECTED, 4L), s.flagsByRule().get(0).byStatus());
    // Months: each of the range with a plan, delivered where there were deliveries.
    assertEquals(4, s.months().size());
    assertEquals(5, s.months().get(0).deliveredUnits());
    assertEquals(new BigDecimal("84.9"), s.months().get(0).plannedUnits());
  }

  @Test
  void failedChecksRankFirstAndOpenFlagsBreakTies() {
    List<ContractRow> contracts =
        List.of(contract("a", "p1"), contract("b", "p2"), contract("c", "p3"));
    List<FlagCell> flags =
        List.of(
            new FlagCell("a", AnomalyRule.SHORT_VISIT, FlagStatus.OPEN, 5),
            new FlagCell("b", AnomalyRule.SHORT_VISIT, FlagStatus.OPEN, 1),
            new FlagCell("c", AnomalyRule.SHORT_VISIT, FlagStatus.OPEN, 2));
    DashboardSummary s =
        DashboardSummary.of(
            SCOPE, contracts, List.of(), List.of(), flags, Map.of("b", 2L, "c", 2L, "x", 9L));
    // p2 and p3 tie on failed checks (2 each): p3 has more open flags; p1 has none failed.
    assertEquals(
        List.of("p3", "p2", "p1"),
        s.providers().stream().map(DashboardSummary.ProviderLine::providerOrg).toList());
    assertEquals(2, s.providers().get(0).failedChecks());
    assertEquals(0, s.providers().get(2).failedChecks());
  }

  @Test
  void nothingRatedHasNoAverage() {
    DashboardSummary s = DashboardSummary.of(SCOPE, List.of(), List.of(), List.of(), List.of());
    assertNull(s.satisfaction().average());
    assertEquals(0, s.providers().size());
  }
}
