package org.linli.volunteer.timebank.api;

import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.fund.ledger.domain.Unit;
import org.linli.volunteer.timebank.domain.DeceasedBalanceRule;
import org.linli.volunteer.timebank.domain.TimeBankRules;

/** A rules version as published: hours as two-decimal strings, weights as given. */
public record TimeBankRulesView(
    @Schema(type = SchemaType.STRING, format = "date") String effectiveFrom,
    String capHours,
    Map<String, BigDecimal> categoryWeights,
    int redeemFromAge,
    int familyMinAge,
    String familyTransferMaxHoursPerYear,
    boolean groupActivityDonateOnly,
    int dormancyDays,
    @Schema(implementation = DeceasedBalanceRule.class) String deceasedBalance) {

  static TimeBankRulesView of(TimeBankRules r) {
    return new TimeBankRulesView(
        r.effectiveFrom().toString(),
        Unit.HOUR.format(r.capMinutes()),
        r.categoryWeights(),
        r.redeemFromAge(),
        r.familyMinAge(),
        Unit.HOUR.format(r.familyTransferMaxMinutesPerYear()),
        r.groupActivityDonateOnly(),
        r.dormancyDays(),
        r.deceasedBalance().name());
  }
}
