package org.linli.volunteer.timebank.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.volunteer.timebank.domain.DeceasedBalanceRule;

/**
 * A new rules version from {@code effectiveFrom} on. Fields left out keep their value from the
 * version in force on that date, so a city changing only its cap sends only the cap.
 */
public record PublishTimeBankRules(
    LocalDate effectiveFrom,
    BigDecimal capHours,
    Map<String, BigDecimal> categoryWeights,
    Integer redeemFromAge,
    Integer familyMinAge,
    BigDecimal familyTransferMaxHoursPerYear,
    Boolean groupActivityDonateOnly,
    Integer dormancyDays,
    @Schema(implementation = DeceasedBalanceRule.class) String deceasedBalance) {}
