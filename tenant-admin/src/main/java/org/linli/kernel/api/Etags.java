package org.linli.kernel.api;

import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;

/** Strong ETags carrying an entity version, and the If-Match rule for updates. */
public final class Etags {
  private Etags() {}

  /**
   * The version named by If-Match: 428 when the header is missing (lost updates are not allowed),
   * 412 when it cannot be a version we issued.
   */
  public static long requireVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new DomainException(ErrorKind.PRECONDITION_REQUIRED, "IF_MATCH_REQUIRED");
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("\"") && tag.endsWith("\"") && tag.length() >= 2) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new DomainException(ErrorKind.PRECONDITION_FAILED, "VERSION_MISMATCH");
    }
  }
}
