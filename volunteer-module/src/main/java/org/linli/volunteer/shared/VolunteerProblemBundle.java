package org.linli.volunteer.shared;

import org.linli.kernel.i18n.ProblemBundle;

/** This module's problem texts. */
public final class VolunteerProblemBundle implements ProblemBundle {
  @Override
  public String baseName() {
    return "org.linli.volunteer.problems";
  }
}
