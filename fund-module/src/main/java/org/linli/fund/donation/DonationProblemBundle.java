package org.linli.fund.donation;

import org.linli.kernel.i18n.ProblemBundle;

/**
 * Problem texts of donations and receipts (their own bundle, beside the books' and the ledger's).
 */
public final class DonationProblemBundle implements ProblemBundle {
  @Override
  public String baseName() {
    return "org.linli.fund.donation.problems";
  }
}
