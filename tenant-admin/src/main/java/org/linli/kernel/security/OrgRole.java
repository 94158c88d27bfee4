package org.linli.kernel.security;

import java.util.Arrays;
import java.util.Optional;

/** Roles a person holds inside one organization; stored as memberships by the platform. */
public enum OrgRole {
  ORG_ADMIN("org-admin"),
  STAFF("staff"),
  FINANCE("finance"),
  VOLUNTEER("volunteer"),
  AUDITOR("auditor");

  private final String wireName;

  OrgRole(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in the API and in storage, e.g. {@code org-admin}. */
  public String wireName() {
    return wireName;
  }

  public static Optional<OrgRole> fromWireName(String name) {
    return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst();
  }
}
