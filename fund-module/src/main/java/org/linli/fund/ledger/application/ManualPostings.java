package org.linli.fund.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.fund.ledger.application.LedgerPostings.Posted;
import org.linli.fund.ledger.domain.LedgerTransaction;
import org.linli.kernel.error.DomainException;

/**
 * Postings and reversals typed in by finance through the API. Only CNY moves by hand: hours and
 * points are minted and burned by the time bank and points rules (and corrected on their own
 * audited paths), which post in-process through {@link LedgerPostings} and are not limited here.
 * The postings' declared units are enough to check: the engine refuses a unit other than the
 * account's ({@code UNIT_MISMATCH}).
 */
@ApplicationScoped
public class ManualPostings {
  @Inject LedgerPostings postings;

  public Posted post(LedgerTransaction tx) {
    requireManualUnits(tx);
    return postings.post(tx);
  }

  /** Reversing a time-bank or points transaction by hand would burn or mint just the same. */
  public Posted reverse(String originalId, String newId, String memo) {
    requireManualUnits(postings.get(originalId).tx());
    return postings.reverse(originalId, newId, memo);
  }

  private static void requireManualUnits(LedgerTransaction tx) {
    tx.postings().stream()
        .map(p -> p.unit())
        .filter(unit -> !unit.manuallyPostable())
        .findFirst()
        .ifPresent(
            unit -> {
              throw DomainException.rule("MANUAL_POSTING_UNIT_NOT_ALLOWED").with(unit);
            });
  }
}
