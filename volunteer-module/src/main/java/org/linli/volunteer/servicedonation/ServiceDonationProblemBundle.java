package org.linli.volunteer.servicedonation;

import org.linli.kernel.i18n.ProblemBundle;

/** 服务捐赠's problem texts, in their own bundle so other volunteer contexts merge without clashes. */
public final class ServiceDonationProblemBundle implements ProblemBundle {
  @Override
  public String baseName() {
    return "org.linli.volunteer.servicedonation.problems";
  }
}
