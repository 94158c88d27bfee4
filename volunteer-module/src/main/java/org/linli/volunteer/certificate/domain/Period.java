package org.linli.volunteer.certificate.domain;

import java.time.LocalDate;
import org.linli.kernel.error.DomainException;

/** The service dates a certificate covers, both ends inclusive. */
public record Period(LocalDate from, LocalDate to) {
  /** A period chosen by staff: ordered, and not reaching past today (no future service). */
  public static Period chosen(LocalDate from, LocalDate to, LocalDate today) {
    if (to.isBefore(from)) {
      throw DomainException.invalidField("to", "INVALID_PERIOD")
          .withMessage("INVALID_PERIOD.ORDER");
    }
    if (to.isAfter(today)) {
      throw DomainException.invalidField("to", "PERIOD_IN_FUTURE");
    }
    return new Period(from, to);
  }
}
