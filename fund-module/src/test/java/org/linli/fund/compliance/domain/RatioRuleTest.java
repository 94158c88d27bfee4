package org.linli.fund.compliance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RatioRuleTest {
  private static final long WAN = 1_000_000L;

  @Test
  void publicFundraisingOrganizationsSpendSeventyPercentOfPriorIncome() {
    RatioRule foundation = RatioRule.of(OrgType.FOUNDATION, true, 0);
    assertEquals("第六条", foundation.article());
    assertEquals(RatioRule.Basis.PRIOR_YEAR_INCOME, foundation.basis());
    assertEquals(700, foundation.minSpendingPermille());
    assertEquals(100, foundation.maxManagementPermille());
    assertFalse(foundation.managementExempt(1), "第十一条 names 第七、八、九条 only");
    RatioRule agency = RatioRule.of(OrgType.SOCIAL_SERVICE_AGENCY, true, 0);
    assertEquals("第七条", agency.article());
    assertEquals(130, agency.maxManagementPermille());
    assertTrue(agency.managementExempt(20_000_000L - 1));
    assertFalse(agency.managementExempt(20_000_000L));
  }

  @Test
  void nonPublicFoundationsFollowTheNetAssetBandsOfArticleEight() {
    assertEquals("第八条(一)", RatioRule.of(OrgType.FOUNDATION, false, 6000 * WAN).article());
    assertEquals("第八条(二)", RatioRule.of(OrgType.FOUNDATION, false, 6000 * WAN - 1).article());
    assertEquals("第八条(二)", RatioRule.of(OrgType.FOUNDATION, false, 800 * WAN).article());
    RatioRule third = RatioRule.of(OrgType.FOUNDATION, false, 400 * WAN);
    assertEquals("第八条(三)", third.article());
    assertEquals(70, third.minSpendingPermille());
    assertEquals(150, third.maxManagementPermille());
    RatioRule fourth = RatioRule.of(OrgType.FOUNDATION, false, 400 * WAN - 1);
    assertEquals(80, fourth.minSpendingPermille());
    assertEquals(200, fourth.maxManagementPermille());
  }

  @Test
  void smallNonPublicAgenciesAlsoSpendHalfTheirPriorIncome() {
    RatioRule small = RatioRule.of(OrgType.SOCIAL_GROUP, false, 50 * WAN);
    assertEquals("第九条(四)", small.article());
    // 8% of 50万 = 4万, but 50% of 30万 income = 15万 is the higher floor.
    assertEquals(15 * WAN, small.minimumSpending(30 * WAN, 50 * WAN));
    assertEquals("第九条(三)", RatioRule.of(OrgType.SOCIAL_GROUP, false, 100 * WAN).article());
    assertEquals("第九条(二)", RatioRule.of(OrgType.SOCIAL_GROUP, false, 500 * WAN).article());
    assertEquals("第九条(一)", RatioRule.of(OrgType.SOCIAL_GROUP, false, 1000 * WAN).article());
  }

  @Test
  void theMeterForecastsFromTheRunRate() {
    ComplianceProfile profile = ComplianceProfile.defaults();
    // 1 July 2026 is day 182 of 365: 91万 so far runs to 182.5万 by year end.
    MeterReading m =
        MeterReading.of(
            profile, 2026, LocalDate.of(2026, 7, 1), 0, 300 * WAN, 91 * WAN, 30 * WAN, 150 * WAN);
    assertEquals("第九条(三)", m.rule().article());
    assertEquals(24 * WAN, m.minimumSpending());
    assertEquals(MeterReading.SpendingStatus.MET, m.spendingStatus());
    assertEquals(Math.round(91.0 * WAN * 365 / 182), m.spendingForecast());
    // 30万 so far runs to ~60万 of ~301万 total: 20% > 15%.
    assertEquals(MeterReading.ManagementStatus.OVER, m.managementStatus());
    MeterReading early =
        MeterReading.of(
            profile, 2026, LocalDate.of(2026, 7, 1), 0, 300 * WAN, 12 * WAN, 5 * WAN, 100 * WAN);
    assertEquals(MeterReading.SpendingStatus.ON_TRACK, early.spendingStatus());
    assertEquals(MeterReading.ManagementStatus.EXEMPT, early.managementStatus(), "~10万 < 20万");
  }
}
