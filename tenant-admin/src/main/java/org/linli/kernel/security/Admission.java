package org.linli.kernel.security;

import java.util.Set;

/** The result of admitting a caller to an organization: who they are there and their roles. */
public record Admission(String personId, Set<OrgRole> roles) {
  public boolean holdsAnyOf(OrgRole... wanted) {
    for (OrgRole role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }
}
