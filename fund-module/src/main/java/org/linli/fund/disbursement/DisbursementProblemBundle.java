package org.linli.fund.disbursement;

import org.linli.kernel.i18n.ProblemBundle;

/** Problem texts of disbursements and the fast lane, in their own bundle. */
public final class DisbursementProblemBundle implements ProblemBundle {
  @Override
  public String baseName() {
    return "org.linli.fund.disbursement.problems";
  }
}
