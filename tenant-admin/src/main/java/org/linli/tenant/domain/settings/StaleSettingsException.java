package org.linli.tenant.domain.settings;

import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.error.Message;

/** The caller edited an old version (If-Match did not match the version in force). */
public class StaleSettingsException extends DomainException {
  public StaleSettingsException(long current) {
    super(
        ErrorKind.PRECONDITION_FAILED,
        "VERSION_MISMATCH",
        Message.of("VERSION_MISMATCH.SETTINGS", current));
  }
}
