package org.linli.volunteer.timebank.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.linli.kernel.error.DomainException;

/**
 * The time bank rules of one organization from a date on. Cities differ (e.g. Nanjing redeems from
 * 60 with a 1500 h cap, Shanghai from 65), so each organization publishes dated versions and every
 * posting uses the version in force on its effective date.
 *
 * @param capMinutes storage cap per volunteer; what a deposit brings over it goes to the pool
 * @param categoryWeights deposit weight per service category (absent: 1)
 * @param redeemFromAge minimum age of the person a withdrawal (service request) serves
 * @param familyMinAge minimum age of a family member receiving a transfer
 * @param familyTransferMaxMinutesPerYear total a volunteer may transfer to family per calendar year
 * @param groupActivityDonateOnly hours from group activities may only be donated to the pool
 * @param dormancyDays a balance untouched this long gets a reminder
 * @param deceasedBalance where a deceased holder's balance goes
 */
public record TimeBankRules(
    LocalDate effectiveFrom,
    long capMinutes,
    Map<String, BigDecimal> categoryWeights,
    int redeemFromAge,
    int familyMinAge,
    long familyTransferMaxMinutesPerYear,
    boolean groupActivityDonateOnly,
    int dormancyDays,
    DeceasedBalanceRule deceasedBalance) {

  /** In force for an organization that never published rules. */
  public static final TimeBankRules DEFAULTS =
      new TimeBankRules(
          LocalDate.of(2000, 1, 1),
          1500 * 60L,
          Map.of(),
          60,
          60,
          100 * 60L,
          true,
          365,
          DeceasedBalanceRule.HEIR_OR_POOL);

  private static final BigDecimal MAX_WEIGHT = BigDecimal.TEN;

  public TimeBankRules {
    categoryWeights = Map.copyOf(new TreeMap<>(categoryWeights));
    if (capMinutes < 0 || capMinutes > 100_000 * 60L) {
      throw DomainException.invalidField("capHours", "INVALID_TIME_BANK_RULES")
          .withMessage("INVALID_TIME_BANK_RULES.CAP");
    }
    categoryWeights.forEach(
        (category, weight) -> {
          if (category.isBlank() || weight.signum() < 0 || weight.compareTo(MAX_WEIGHT) > 0) {
            throw DomainException.invalidField("categoryWeights", "INVALID_TIME_BANK_RULES")
                .withMessage("INVALID_TIME_BANK_RULES.WEIGHT");
          }
        });
    if (redeemFromAge < 0 || redeemFromAge > 120) {
      throw DomainException.invalidField("redeemFromAge", "INVALID_TIME_BANK_RULES")
          .withMessage("INVALID_TIME_BANK_RULES.AGE");
    }
    if (familyMinAge < 0 || familyMinAge > 120) {
      throw DomainException.invalidField("familyMinAge", "INVALID_TIME_BANK_RULES")
          .withMessage("INVALID_TIME_BANK_RULES.AGE");
    }
    if (familyTransferMaxMinutesPerYear < 0) {
      throw DomainException.invalidField("familyTransferMaxHoursPerYear", "INVALID_TIME_BANK_RULES")
          .withMessage("INVALID_TIME_BANK_RULES.NEGATIVE");
    }
    if (dormancyDays < 30 || dormancyDays > 3650) {
      throw DomainException.invalidField("dormancyDays", "INVALID_TIME_BANK_RULES")
          .withMessage("INVALID_TIME_BANK_RULES.DORMANCY_DAYS");
    }
    if (deceasedBalance == null) {
      throw DomainException.invalidField("deceasedBalance", "INVALID_TIME_BANK_RULES")
          .withMessage("INVALID_TIME_BANK_RULES.DECEASED_BALANCE");
    }
  }

  /** The service category's weight (1 when the rules name none). */
  public BigDecimal weightOf(String category) {
    return category == null
        ? BigDecimal.ONE
        : categoryWeights.getOrDefault(category, BigDecimal.ONE);
  }

  /** Minutes credited for {@code minutes} of service in the category: rounded down, never up. */
  public long weighted(String category, long minutes) {
    return BigDecimal.valueOf(minutes)
        .multiply(weightOf(category))
        .setScale(0, RoundingMode.DOWN)
        .longValueExact();
  }
}
