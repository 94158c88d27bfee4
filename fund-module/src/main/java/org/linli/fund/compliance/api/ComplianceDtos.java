package org.linli.fund.compliance.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.fund.compliance.domain.ComplianceProfile;
import org.linli.fund.compliance.domain.DisclosureItem;
import org.linli.fund.compliance.domain.DisclosureKind;
import org.linli.fund.compliance.domain.MeterReading;
import org.linli.fund.compliance.domain.RatioRule;
import org.linli.fund.ledger.domain.Unit;

/** Bodies of the compliance API; money as decimal strings in yuan, shares as percent strings. */
public final class ComplianceDtos {
  private ComplianceDtos() {}

  public record ComplianceProfileRequest(
      @NotNull
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"FOUNDATION", "SOCIAL_GROUP", "SOCIAL_SERVICE_AGENCY"})
          String type,
      @NotNull @Schema(description = "Holds public-fundraising status (公开募捐资格)")
          Boolean publicFundraising,
      @Schema(description = "Use the three-year averages (第十条); default false")
          Boolean threeYearAverage) {}

  public record ComplianceProfileView(
      long version,
      @Schema(
              type = SchemaType.STRING,
              enumeration = {"FOUNDATION", "SOCIAL_GROUP", "SOCIAL_SERVICE_AGENCY"})
          String type,
      boolean publicFundraising,
      boolean threeYearAverage,
      String updatedBy,
      Instant updatedAt) {
    static ComplianceProfileView of(ComplianceProfile p) {
      return new ComplianceProfileView(
          p.version(),
          p.type().name(),
          p.publicFundraising(),
          p.threeYearAverage(),
          p.updatedBy(),
          p.updatedAt());
    }
  }

  public record ComplianceRuleView(
      @Schema(description = "The article of the 2016 三部门规定 that applies, e.g. 第九条(三)")
          String article,
      RatioRule.Basis basis,
      @Schema(description = "Minimum charitable spending, percent of the basis", example = "8.0")
          String minSpendingPercent,
      @Schema(description = "Also at least this percent of prior-year income (第九条(四)), or null")
          String minIncomePercent,
      @Schema(description = "Maximum management costs, percent of the year's total expenses")
          String maxManagementPercent,
      @Schema(description = "第十一条: management costs under 200000.00 are free of the ratio")
          boolean managementExemptionApplies,
      String managementExemptBelow) {
    static ComplianceRuleView of(RatioRule r) {
      return new ComplianceRuleView(
          r.article(),
          r.basis(),
          permille(r.minSpendingPermille()),
          r.minIncomePermille() == 0 ? null : permille(r.minIncomePermille()),
          permille(r.maxManagementPermille()),
          r.managementExemptionApplies(),
          yuan(RatioRule.MANAGEMENT_EXEMPTION_BELOW));
    }
  }

  public record ComplianceSpendingView(
      String minimum,
      String toDate,
      String forecast,
      @Schema(description = "Year to date as percent of the basis") String toDatePercent,
      @Schema(description = "Forecast as percent of the basis") String forecastPercent,
      MeterReading.SpendingStatus status) {}

  public record ComplianceManagementView(
      String toDate,
      String forecast,
      String totalExpensesToDate,
      String totalExpensesForecast,
      @Schema(description = "Most management costs allowed on the forecast total expenses")
          String limit,
      @Schema(description = "Forecast management costs as percent of forecast total expenses")
          String forecastPercent,
      boolean exempt,
      MeterReading.ManagementStatus status) {}

  public record ComplianceMeterView(
      int year,
      LocalDate asOf,
      ComplianceProfileView profile,
      ComplianceRuleView rule,
      boolean threeYearAverage,
      @Schema(description = "上年总收入 (or the three-year average)") String priorIncome,
      @Schema(description = "上年末净资产 (or the three-year average)") String priorNetAssets,
      ComplianceSpendingView spending,
      ComplianceManagementView management) {
    static ComplianceMeterView of(MeterReading m, ComplianceProfile p) {
      long basis =
          m.rule().basis() == RatioRule.Basis.PRIOR_YEAR_INCOME
              ? m.priorIncome()
              : m.priorNetAssets();
      return new ComplianceMeterView(
          m.year(),
          m.asOf(),
          ComplianceProfileView.of(p),
          ComplianceRuleView.of(m.rule()),
          m.threeYearAverage(),
          yuan(m.priorIncome()),
          yuan(m.priorNetAssets()),
          new ComplianceSpendingView(
              yuan(m.minimumSpending()),
              yuan(m.spendingToDate()),
              yuan(m.spendingForecast()),
              percent(m.spendingToDate(), basis),
              percent(m.spendingForecast(), basis),
              m.spendingStatus()),
          new ComplianceManagementView(
              yuan(m.managementToDate()),
              yuan(m.managementForecast()),
              yuan(m.totalExpensesToDate()),
              yuan(m.totalExpensesForecast()),
              yuan(m.managementLimitForecast()),
              percent(m.managementForecast(), m.totalExpensesForecast()),
              m.managementExempt(),
              m.managementStatus()));
    }
  }

  public record DisclosureTransactionRequest(
      @NotBlank @Size(max = 200) String title,
      @NotNull @Schema(description = "When it happened; disclosure is due 30 days later")
          LocalDate occurredOn) {}

  public record DisclosureDoneRequest(
      @NotNull LocalDate disclosedOn,
      @NotBlank
          @Size(max = 500)
          @Schema(description = "Where it was published (e.g. the 慈善中国 link)")
          String reference) {}

  public record DisclosureView(
      String key,
      DisclosureKind kind,
      String title,
      LocalDate arose,
      LocalDate due,
      @Schema(
              type = SchemaType.STRING,
              enumeration = {"DONE", "DONE_LATE", "DUE", "OVERDUE"})
          String status,
      LocalDate disclosedOn,
      String reference) {
    static DisclosureView of(DisclosureItem i, LocalDate today) {
      return new DisclosureView(
          i.key(),
          i.kind(),
          i.title(),
          i.arose(),
          i.due(),
          i.status(today).name(),
          i.disclosedOn(),
          i.reference());
    }
  }

  static String yuan(long fen) {
    return Unit.CNY.format(fen);
  }

  static String permille(int p) {
    return BigDecimal.valueOf(p, 1).toPlainString();
  }

  /** part / whole as a percent with one decimal (half up); null when whole is not positive. */
  static String percent(long part, long whole) {
    if (whole <= 0) {
      return null;
    }
    return BigDecimal.valueOf(part)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
        .toPlainString();
  }
}
