package org.linli.kernel.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling and for which organization, set once per request by the security filters after the
 * token was validated and the membership checked. Never filled from an unauthenticated header.
 */
@RequestScoped
public class RequestContext {
  private String subject;
  private String username;
  private TenantId tenant;
  private String personId;
  private Set<String> orgRoles = Set.of();

  public void authenticated(String subject, String username) {
    this.subject = subject;
    this.username = username;
  }

  public void admitted(TenantId tenant, String personId, Set<String> orgRoles) {
    if (this.tenant != null) {
      throw new IllegalStateException("Tenant already set for this request");
    }
    this.tenant = tenant;
    this.personId = personId;
    this.orgRoles = Set.copyOf(orgRoles);
  }

  /** The admitted organization; fails closed when the request was not admitted to one. */
  public TenantId tenant() {
    if (tenant == null) {
      throw new IllegalStateException("No organization admitted for this request");
    }
    return tenant;
  }

  public Optional<String> subject() {
    return Optional.ofNullable(subject);
  }

  public String personId() {
    return personId;
  }

  public boolean hasOrgRole(String role) {
    return orgRoles.contains(role);
  }

  /** The name written to audit records. */
  public String actor() {
    return username != null ? username : "system";
  }
}
