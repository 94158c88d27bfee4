package org.linli.fund.purchase.domain;

import java.time.LocalDate;
import org.linli.kernel.error.DomainException;

/**
 * A contract's term: normally at most one year, at most three for recurring services (the term ends
 * before the same day one or three years later); longer is refused.
 */
public record ContractTerm(LocalDate start, LocalDate end, boolean recurring) {
  public ContractTerm {
    if (start == null || end == null) {
      throw DomainException.invalidField("termEnd", "INVALID_TERM");
    }
    if (end.isBefore(start)) {
      throw DomainException.invalidField("termEnd", "TERM_END_BEFORE_START");
    }
    int years = recurring ? 3 : 1;
    if (!end.isBefore(start.plusYears(years))) {
      throw DomainException.invalidField("termEnd", "TERM_TOO_LONG").with(years);
    }
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }
}
