package org.linli.fund.ledger.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.linli.kernel.error.DomainException;

/**
 * The units a ledger counts in. Amounts are stored as {@code long} in the smallest unit (fen,
 * minutes, points) so sums are exact; the API shows them as decimal strings.
 */
public enum Unit {
  /** Yuan with two decimals, stored in fen. */
  CNY(2, BigDecimal.valueOf(100)),
  /** Hours with up to two decimals, stored in minutes (a whole number of minutes only). */
  HOUR(2, BigDecimal.valueOf(60)),
  /** Whole points. */
  POINT(0, BigDecimal.ONE);

  private final int decimals;
  private final BigDecimal perWhole;

  Unit(int decimals, BigDecimal perWhole) {
    this.decimals = decimals;
    this.perWhole = perWhole;
  }

  /**
   * Whether finance may post this unit by hand. Hours and points are created only by the time bank
   * and points rules, so a manual posting would mint or burn them outside those rules.
   */
  public boolean manuallyPostable() {
    return this == CNY;
  }

  /**
   * Parses a decimal string strictly: digits with an optional sign and at most this unit's
   * decimals; no exponent, no rounding (a value that is not a whole number of minor units fails).
   */
  public long parse(String field, String text) {
    if (text == null || !text.matches("-?[0-9]{1,15}(\\.[0-9]+)?")) {
      throw DomainException.invalidField(field, "INVALID_AMOUNT")
          .withMessage("INVALID_AMOUNT.DECIMAL");
    }
    BigDecimal value = new BigDecimal(text);
    if (value.scale() > decimals) {
      throw DomainException.invalidField(field, "INVALID_AMOUNT")
          .withMessage("INVALID_AMOUNT.SCALE", name(), decimals);
    }
    BigDecimal minor = value.multiply(perWhole);
    try {
      return minor.stripTrailingZeros().longValueExact();
    } catch (ArithmeticException e) {
      throw DomainException.invalidField(field, "INVALID_AMOUNT")
          .withMessage("INVALID_AMOUNT.MINOR_UNITS", name());
    }
  }

  /** The display form of {@code minor} units; hours are rounded to two decimals for display. */
  public String format(long minor) {
    return BigDecimal.valueOf(minor)
        .divide(perWhole, decimals, RoundingMode.HALF_UP)
        .toPlainString();
  }
}
