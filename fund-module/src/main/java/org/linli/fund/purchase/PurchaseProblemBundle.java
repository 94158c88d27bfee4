package org.linli.fund.purchase;

import org.linli.kernel.i18n.ProblemBundle;

/** Problem texts of government service purchase, in their own bundle. */
public final class PurchaseProblemBundle implements ProblemBundle {
  @Override
  public String baseName() {
    return "org.linli.fund.purchase.problems";
  }
}
