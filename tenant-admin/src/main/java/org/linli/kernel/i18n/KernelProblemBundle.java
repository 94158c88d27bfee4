package org.linli.kernel.i18n;

/** The kernel's and tenant administration's problem texts. */
public final class KernelProblemBundle implements ProblemBundle {
  @Override
  public String baseName() {
    return "org.linli.kernel.problems";
  }
}
