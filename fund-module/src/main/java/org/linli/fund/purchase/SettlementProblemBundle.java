package org.linli.fund.purchase;

import org.linli.kernel.i18n.ProblemBundle;

/** Problem texts of purchase settlements (ADR 0020), in their own bundle. */
public final class SettlementProblemBundle implements ProblemBundle {
  @Override
  public String baseName() {
    return "org.linli.fund.purchase.settlement.problems";
  }
}
