package org.linli.volunteer.points.domain;

import java.time.LocalDate;
import org.linli.kernel.error.DomainException;

/**
 * How long earned points stay valid. The date it gives is the last valid day: a lot expires on the
 * day after it.
 *
 * @param months only for {@link Kind#MONTHS}: 1..120
 */
public record ExpiryPolicy(Kind kind, Integer months) {
  public enum Kind {
    /** Valid until 31 December of the year after the one earned in (the common 积分 rule). */
    END_OF_NEXT_YEAR,
    /** Valid for a number of months after the day earned. */
    MONTHS,
    NEVER
  }

  public static final ExpiryPolicy DEFAULT = new ExpiryPolicy(Kind.END_OF_NEXT_YEAR, null);

  public ExpiryPolicy {
    if (kind == null) {
      throw DomainException.invalidField("expiry", "INVALID_EXPIRY_POLICY");
    }
    if (kind == Kind.MONTHS && (months == null || months < 1 || months > 120)) {
      throw DomainException.invalidField("expiry", "INVALID_EXPIRY_POLICY")
          .withMessage("INVALID_EXPIRY_POLICY.MONTHS");
    }
    if (kind != Kind.MONTHS) {
      months = null;
    }
  }

  /** The last day points earned on {@code earnedOn} are valid; null when they never expire. */
  public LocalDate lastValidDay(LocalDate earnedOn) {
    return switch (kind) {
      case END_OF_NEXT_YEAR -> LocalDate.of(earnedOn.getYear() + 1, 12, 31);
      case MONTHS -> earnedOn.plusMonths(months);
      case NEVER -> null;
    };
  }
}
