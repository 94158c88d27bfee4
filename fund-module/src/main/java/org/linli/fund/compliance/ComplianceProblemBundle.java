package org.linli.fund.compliance;

import org.linli.kernel.i18n.ProblemBundle;

/** Problem texts of the compliance meter and the disclosure calendar, in their own bundle. */
public final class ComplianceProblemBundle implements ProblemBundle {
  @Override
  public String baseName() {
    return "org.linli.fund.compliance.problems";
  }
}
