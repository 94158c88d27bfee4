package org.linli.fund.compliance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linli.fund.compliance.domain.PriorYearIncome.FundYear;
import org.linli.fund.compliance.domain.PriorYearIncome.Release;

/** 第十条: 上年总收入 = 上年实际收入 − 时间限定为上年不得使用的限定性收入 + 于上年解除时间限定的净资产. */
class PriorYearIncomeTest {
  private static final long WAN = 1_000_000L; // 1 万元 in fen

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  /**
   * The worked example of ADR 0014. A public-fundraising foundation's 2025 books show 100 万 of
   * income, of which:
   *
   * <ul>
   *   <li>fund A: 20 万 received in September 2025, not to be used before 2027 (restricted until
   *       2026-12-31): it could not be used in 2025, so it leaves the basis;
   *   <li>fund B: restricted until 2025-06-30; 5 万 of it came in 2024 (and left the 2024 basis), 3
   *       万 in February 2025 (in 2025's income already); all 8 万 released on 2025-07-01 because the
   *       time passed: the 5 万 from 2024 joins the basis, the 3 万 is not counted twice;
   *   <li>fund C: restricted by purpose only, 1 万 released when the purpose was met: no adjustment;
   *   <li>fund D: 4 万 received in 2025, restricted until 2025-12-30, usable on 31 December: stays.
   * </ul>
   *
   * 上年总收入 = 100 万 − 20 万 + 5 万 = 85 万; the 70 % minimum of 第六条 is 59.5 万, not 70 万.
   */
  @Test
  void theWorkedExampleOfAdr0014() {
    List<FundYear> funds =
        List.of(
            new FundYear(d("2026-12-31"), 20 * WAN, List.of()),
            new FundYear(d("2025-06-30"), 3 * WAN, List.of(new Release(d("2025-07-01"), 8 * WAN))),
            new FundYear(null, 2 * WAN, List.of(new Release(d("2025-05-01"), 1 * WAN))),
            new FundYear(d("2025-12-30"), 4 * WAN, List.of()));
    PriorYearIncome income = PriorYearIncome.of(2025, 100 * WAN, funds);
    assertEquals(20 * WAN, income.timeRestrictedIncome());
    assertEquals(5 * WAN, income.releasedFromTimeRestriction());
    assertEquals(85 * WAN, income.adjusted(), "not the 100 万 of the income accounts");
    RatioRule rule = RatioRule.of(OrgType.FOUNDATION, true, 0);
    assertEquals(595_000_00L, rule.minimumSpending(income.adjusted(), 0));
  }

  @Test
  void moneyRestrictedExactlyToTheYearsLastDayCouldNotBeUsedInTheYear() {
    var funds = List.of(new FundYear(d("2025-12-31"), 7 * WAN, List.of()));
    assertEquals(3 * WAN, PriorYearIncome.of(2025, 10 * WAN, funds).adjusted());
  }

  @Test
  void aReleaseBeforeTheTimePassedIsNotATimeRelease() {
    var funds =
        List.of(new FundYear(d("2025-10-31"), 0, List.of(new Release(d("2025-10-31"), 2 * WAN))));
    assertEquals(10 * WAN, PriorYearIncome.of(2025, 10 * WAN, funds).adjusted());
  }

  @Test
  void withoutTimeRestrictionsTheBasisIsTheActualIncome() {
    var funds = List.of(new FundYear(null, 5 * WAN, List.of(new Release(d("2025-03-01"), WAN))));
    PriorYearIncome income = PriorYearIncome.of(2025, 10 * WAN, funds);
    assertEquals(10 * WAN, income.adjusted());
    assertEquals(0, income.timeRestrictedIncome());
    assertEquals(0, income.releasedFromTimeRestriction());
  }
}
