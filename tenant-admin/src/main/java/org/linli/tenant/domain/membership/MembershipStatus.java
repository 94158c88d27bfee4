package org.linli.tenant.domain.membership;

public enum MembershipStatus {
  ACTIVE,
  REMOVED
}
