package org.linli.fund;

import org.linli.kernel.i18n.ProblemBundle;

/** This module's problem texts. */
public final class FundProblemBundle implements ProblemBundle {
  @Override
  public String baseName() {
    return "org.linli.fund.problems";
  }
}
