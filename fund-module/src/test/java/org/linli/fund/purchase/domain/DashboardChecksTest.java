package org.linli.fund.purchase.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.fund.purchase.domain.DashboardQueries.CheckCell;
import org.linli.fund.purchase.domain.DashboardQueries.ContractRow;
import org.linli.fund.purchase.domain.DashboardQueries.LateRectification;
import org.linli.fund.purchase.domain.DashboardQueries.RectificationCell;
import org.linli.fund.purchase.domain.DashboardQueries.SampleCell;
import org.linli.fund.purchase.domain.DashboardQueries.Scope;
import org.linli.fund.purchase.domain.DashboardQueries.SettlementCell;
import org.linli.fund.purchase.domain.DashboardSummary.MonthLine;

class DashboardChecksTest {
  static final YearMonth JAN = YearMonth.of(2026, 1);
  static final YearMonth FEB = JAN.plusMonths(1);
  static final Scope SCOPE = new Scope(Side.BUYER, JAN, FEB.plusMonths(1), null, null);
  static final List<ContractRow> CONTRACTS =
      List.of(DashboardSummaryTest.contract("a", "p1"), DashboardSummaryTest.contract("b", "p2"));

  static MonthLine delivered(String contract, YearMonth m, long units) {
    return new MonthLine(m, contract, "MEAL", units, BigDecimal.ONE, units * 1500);
  }

  @Test
  void coverageIsDrawnOverDeliveredPerMonthWithTheLatestResults() {
    DashboardChecks c =
        DashboardChecks.of(
            SCOPE,
            CONTRACTS,
            List.of(delivered("a", JAN, 20), delivered("b", JAN, 10), delivered("x", JAN, 99)),
            List.of(new SampleCell("a", JAN, 20, 6), new SampleCell("b", JAN, 10, 3)),
            List.of(
                new CheckCell("a", JAN, CheckResult.PASSED, 4),
                new CheckCell("a", JAN, CheckResult.FAILED, 1),
                new CheckCell("a", JAN, null, 1),
                new CheckCell("b", JAN, CheckResult.RECTIFY, 3),
                new CheckCell("x", JAN, CheckResult.FAILED, 7)),
            List.of(),
            List.of(),
            List.of());
    assertEquals(3, c.sampling().size(), "every month of the range");
    DashboardChecks.SamplingMonth jan = c.sampling().get(0);
    assertEquals(30, jan.deliveredOrders());
    assertEquals(9, jan.sampled());
    assertEquals(new BigDecimal("30.0"), jan.coveragePercent());
    assertEquals(new DashboardChecks.Results(9, 4, 1, 3, 1), jan.results());
    assertNull(c.sampling().get(1).coveragePercent(), "nothing delivered in February");
    assertEquals(new DashboardChecks.Results(9, 4, 1, 3, 1), c.results());
    assertEquals(
        Map.of("a", 1L, "x", 7L),
        DashboardChecks.failedByContract(
            List.of(
                new CheckCell("a", JAN, CheckResult.FAILED, 1),
                new CheckCell("a", JAN, CheckResult.PASSED, 4),
                new CheckCell("x", JAN, CheckResult.FAILED, 7))));
  }

  @Test
  void lateRectificationsAndSettlementsAgainstTheBudget() {
    LocalDate deadline = LocalDate.of(2026, 2, 10);
    DashboardChecks c =
        DashboardChecks.of(
            SCOPE,
            CONTRACTS,
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new RectificationCell("a", RectificationStatus.OPEN, 2, 1),
                new RectificationCell("a", RectificationStatus.ANSWERED, 1, 1),
                new RectificationCell("b", RectificationStatus.PASSED, 4, 0),
                new RectificationCell("x", RectificationStatus.OPEN, 9, 9)),
            List.of(
                new LateRectification(
                    "r1", "a", "o1", JAN, deadline, RectificationStatus.OPEN, 12)),
            List.of(
                new SettlementCell("a", JAN, SettlementStatus.PAID, 1, 10, 15000, 1500, 13500),
                new SettlementCell("b", JAN, SettlementStatus.ACCEPTED, 1, 4, 6000, 0, 6000),
                new SettlementCell("a", FEB, SettlementStatus.DRAFT, 1, 3, 4500, 0, 4500),
                new SettlementCell("x", FEB, SettlementStatus.PAID, 1, 3, 9, 0, 9)));
    assertEquals(2L, c.rectificationsByStatus().get(RectificationStatus.OPEN));
    assertEquals(0L, c.rectificationsByStatus().get(RectificationStatus.FAILED));
    assertEquals(2, c.lateRectifications());
    assertEquals(1, c.late().size());

    DashboardChecks.SettlementTotals t = c.settlementTotals();
    assertEquals(200_000_00, t.budget());
    assertEquals(19500, t.amountDue(), "paid and accepted, not the draft");
    assertEquals(13500, t.paid());
    assertEquals(1500, t.deductions());
    assertEquals(4500, t.drafted());
    assertEquals(new BigDecimal("0.1"), t.budgetUsedPercent());
    assertEquals(2, c.settlementMonths().size());
    assertEquals(19500, c.settlementMonths().get(0).amountDue());
    assertEquals(0, c.settlementMonths().get(1).amountDue());
    assertEquals(4500, c.settlementMonths().get(1).drafted());
    assertEquals(13500, c.settlementContracts().get(0).amountDue());
    assertEquals(13500, c.settlementContracts().get(0).paid());
    assertEquals(6000, c.settlementContracts().get(1).amountDue());
  }
}
