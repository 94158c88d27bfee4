package org.linli.fund.compliance.domain;

import java.time.LocalDate;

/**
 * The year's ratios for one organization: year to date, and a year-end forecast from the run rate
 * (year-to-date amount over the days elapsed, times the days in the year). Amounts in fen.
 *
 * <p>Charitable-activity spending is 业务活动成本 (5101, every sub-account: volunteer subsidies and
 * insurance booked there count, as 第四条(二) says); management costs are 管理费用 (5201); total expenses
 * are every 5xxx account. The basis is 上年总收入 (every 4xxx account in the prior year) or 上年末净资产 (3xxx
 * plus the unclosed income and expense at the prior year's end), or their three-year averages
 * (第十条). 上年总收入 carries 第十条's adjustment for time-restricted income ({@link PriorYearIncome}): less
 * restricted income its fund's time restriction kept from use in that year, plus net assets
 * released from a time restriction in it.
 */
public record MeterReading(
    int year,
    LocalDate asOf,
    RatioRule rule,
    boolean threeYearAverage,
    long priorIncome,
    long priorNetAssets,
    long minimumSpending,
    long spendingToDate,
    long spendingForecast,
    SpendingStatus spendingStatus,
    long managementToDate,
    long managementForecast,
    long totalExpensesToDate,
    long totalExpensesForecast,
    long managementLimitForecast,
    boolean managementExempt,
    ManagementStatus managementStatus) {

  public enum SpendingStatus {
    /** Already at or above the minimum. */
    MET,
    /** Not yet, but the run rate reaches it by year end. */
    ON_TRACK,
    /** The run rate stays below the minimum. */
    AT_RISK
  }

  public enum ManagementStatus {
    /** Under 20 万 where 第十一条 applies: no ratio. */
    EXEMPT,
    WITHIN,
    OVER
  }

  /**
   * @param year the year metered
   * @param asOf the last day counted (within the year)
   */
  public static MeterReading of(
      ComplianceProfile profile,
      int year,
      LocalDate asOf,
      long priorIncome,
      long priorNetAssets,
      long spendingToDate,
      long managementToDate,
      long totalExpensesToDate) {
    RatioRule rule = RatioRule.of(profile.type(), profile.publicFundraising(), priorNetAssets);
    int daysInYear = asOf.lengthOfYear();
    int elapsed = asOf.getDayOfYear();
    long spendingForecast = forecast(spendingToDate, elapsed, daysInYear);
    long managementForecast = forecast(managementToDate, elapsed, daysInYear);
    long totalForecast = forecast(totalExpensesToDate, elapsed, daysInYear);
    long minimum = rule.minimumSpending(priorIncome, priorNetAssets);
    SpendingStatus spending =
        spendingToDate >= minimum
            ? SpendingStatus.MET
            : spendingForecast >= minimum ? SpendingStatus.ON_TRACK : SpendingStatus.AT_RISK;
    long limit = rule.maximumManagement(totalForecast);
    boolean exempt = rule.managementExempt(managementForecast);
    ManagementStatus management =
        exempt
            ? ManagementStatus.EXEMPT
            : managementForecast <= limit ? ManagementStatus.WITHIN : ManagementStatus.OVER;
    return new MeterReading(
        year,
        asOf,
        rule,
        profile.threeYearAverage(),
        priorIncome,
        priorNetAssets,
        minimum,
        spendingToDate,
        spendingForecast,
        spending,
        managementToDate,
        managementForecast,
        totalExpensesToDate,
        totalForecast,
        limit,
        exempt,
        management);
  }

  static long forecast(long toDate, int elapsed, int daysInYear) {
    return elapsed >= daysInYear ? toDate : Math.round((double) toDate * daysInYear / elapsed);
  }
}
