package org.linli.integration;

import org.linli.kernel.i18n.ProblemBundle;

/** Problem texts of the integration (dead letters), in their own bundle. */
public final class IntegrationProblemBundle implements ProblemBundle {
  @Override
  public String baseName() {
    return "org.linli.integration.problems";
  }
}
