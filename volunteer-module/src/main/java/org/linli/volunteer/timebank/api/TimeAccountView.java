package org.linli.volunteer.timebank.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.linli.fund.ledger.domain.Unit;
import org.linli.volunteer.timebank.application.TimeAccounts;

/**
 * A volunteer's time account: balance, donate-only hours and the organization pool as two-decimal
 * hours, the cap as configured (e.g. "1500").
 */
public record TimeAccountView(
    String balanceHours, String capHours, String poolHours, String donateOnlyHours) {
  static TimeAccountView of(TimeAccounts.View v) {
    String cap =
        BigDecimal.valueOf(v.capMinutes())
            .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString();
    return new TimeAccountView(
        Unit.HOUR.format(v.balanceMinutes()),
        cap,
        Unit.HOUR.format(v.poolMinutes()),
        Unit.HOUR.format(v.donateOnlyMinutes()));
  }
}
