package org.linli.kernel.i18n;

/**
 * A module's problem texts: a {@code ResourceBundle} base name whose base file holds Simplified
 * Chinese and whose {@code _en} file holds English, keyed by error code. Registered through {@code
 * META-INF/services/org.linli.kernel.i18n.ProblemBundle} (ServiceLoader), because one WAR holds the
 * jars of several modules and the kernel must not know them.
 */
public interface ProblemBundle {
  /**
   * E.g. {@code org.linli.volunteer.problems} for {@code org/linli/volunteer/problems.properties}.
   */
  String baseName();
}
