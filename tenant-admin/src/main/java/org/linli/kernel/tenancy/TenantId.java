package org.linli.kernel.tenancy;

import java.util.regex.Pattern;
import org.linli.kernel.error.DomainException;

/**
 * A tenant (organization) identifier: the short lower-case code that also appears in URLs. Its
 * shape is checked so it can never smuggle SQL or path syntax.
 */
public record TenantId(String value) {
  private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{2,39}");

  /** Reserved for platform-level records (e.g. idempotency keys of platform endpoints). */
  public static final TenantId PLATFORM = new TenantId("_platform");

  public TenantId {
    if (value == null || !(SHAPE.matcher(value).matches() || "_platform".equals(value))) {
      throw invalid();
    }
  }

  /** Parses an organization code from outside; the reserved platform id is not one. */
  public static TenantId of(String value) {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw invalid();
    }
    return new TenantId(value);
  }

  private static DomainException invalid() {
    return DomainException.invalidField("org", "INVALID_ORG_CODE");
  }

  @Override
  public String toString() {
    return value;
  }
}
