package org.linli.tenant.domain.org;

public enum OrgStatus {
  ACTIVE,
  /** Members are refused; nothing is deleted. */
  SUSPENDED
}
