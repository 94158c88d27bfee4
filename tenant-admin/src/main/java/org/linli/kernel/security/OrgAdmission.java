package org.linli.kernel.security;

import org.linli.kernel.tenancy.TenantId;

/**
 * Decides, from stored memberships on every request (so a revoked role is refused at once), whether
 * the token's subject may act in an organization.
 */
public interface OrgAdmission {
  /**
   * @throws org.linli.kernel.error.DomainException 403 when the caller is not an active member or
   *     the organization is suspended
   */
  Admission admit(TenantId org, String subject);
}
