package org.linli.volunteer.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantSession;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerRepository;
import org.linli.volunteer.registration.domain.VolunteerStatus;

/**
 * What every demo seeder does first: admit its (request-scoped, activated) context to a demo
 * organization with the roles it acts in, bind the transaction, and find demo volunteers by name.
 * Callers are {@code @ActivateRequestContext @Transactional} methods, one organization each.
 */
@ApplicationScoped
public class DemoTenants {
  @Inject RequestContext requestContext;
  @Inject TenantSession tenantSession;
  @Inject VolunteerRepository volunteers;

  /** Acts as the organization's staff (org-admin and staff roles). */
  public void actAsStaff(String orgCode) {
    actAs(orgCode, null, OrgRole.ORG_ADMIN, OrgRole.STAFF);
  }

  /** Acts as the named volunteer of the organization (for use cases that act for oneself). */
  public void actAsVolunteer(String orgCode, String volunteerName) {
    TenantId tenant = TenantId.of(orgCode);
    tenantSession.bind(tenant); // the volunteer is looked up in this organization first
    actAs(orgCode, volunteerNamed(volunteerName).personId(), OrgRole.VOLUNTEER);
  }

  public Volunteer volunteerNamed(String name) {
    return volunteers.list(VolunteerStatus.ACTIVE, null, 100).stream()
        .filter(v -> v.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("demo volunteer missing: " + name));
  }

  private void actAs(String orgCode, String personId, OrgRole... roles) {
    TenantId tenant = TenantId.of(orgCode);
    requestContext.admitted(
        tenant, personId, Arrays.stream(roles).map(OrgRole::wireName).collect(Collectors.toSet()));
    tenantSession.bind(tenant);
  }
}
