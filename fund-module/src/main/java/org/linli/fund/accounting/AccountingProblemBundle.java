package org.linli.fund.accounting;

import org.linli.kernel.i18n.ProblemBundle;

/** The books' problem texts, in their own bundle so other fund contexts merge without clashes. */
public final class AccountingProblemBundle implements ProblemBundle {
  @Override
  public String baseName() {
    return "org.linli.fund.accounting.problems";
  }
}
