package org.linli.volunteer.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantId;
import org.linli.tenant.domain.org.OrgType;
import org.linli.tenant.domain.org.OrganizationRepository;
import org.linli.volunteer.registration.application.VolunteerCommands.RegisterVolunteer;
import org.linli.volunteer.registration.domain.Volunteer;

/**
 * Self-service registration: any signed-in person may apply to an active social organization. The
 * request is admitted to that organization with no role at all, so the application is the only
 * thing it can do there; the answer contains only the caller's own new profile.
 */
@ApplicationScoped
public class VolunteerApplications {
  @Inject RequestContext requestContext;
  @Inject OrganizationRepository organizations;
  @Inject VolunteerRegistry registry;

  @Transactional
  public Volunteer apply(String org, RegisterVolunteer cmd) {
    TenantId tenant = TenantId.of(org);
    organizations
        .find(tenant.value())
        .filter(o -> !o.isSuspended() && o.type() != OrgType.GOVERNMENT_BUYER)
        .orElseThrow(() -> DomainException.notFound("ORG_NOT_FOUND"));
    requestContext.admitted(tenant, null, Set.of());
    return registry.apply(requestContext.subject().orElseThrow(), cmd);
  }
}
