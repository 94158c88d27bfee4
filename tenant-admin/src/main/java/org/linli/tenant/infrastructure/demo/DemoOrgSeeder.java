package org.linli.tenant.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantId;
import org.linli.tenant.application.Commands;
import org.linli.tenant.application.Commands.PersonDetails;
import org.linli.tenant.application.LoginDirectory;
import org.linli.tenant.application.MembershipAdministration;
import org.linli.tenant.application.OrganizationAdministration;
import org.linli.tenant.application.PersonRegistry;
import org.linli.tenant.domain.person.Person;
import org.linli.tenant.infrastructure.demo.DemoOrganizations.DemoOrg;
import org.linli.tenant.infrastructure.demo.DemoOrganizations.DemoPerson;

/**
 * Seeds one demo organization through the same use cases the API uses, in a request context of its
 * own acting as "system" for that organization, and gives every demo login the demo password.
 */
@ApplicationScoped
public class DemoOrgSeeder {
  @Inject OrganizationAdministration organizations;
  @Inject MembershipAdministration members;
  @Inject RequestContext requestContext;
  @Inject LoginDirectory logins;
  @Inject PersonRegistry personRegistry;

  @Inject
  @ConfigProperty(name = "linli.demo.password", defaultValue = "")
  String demoPassword;

  @ActivateRequestContext
  @Transactional
  public void seed(DemoOrg org) {
    if (demoPassword.isBlank()) {
      throw new IllegalStateException("linli.demo.password must be set to load demo data");
    }
    DemoPerson admin = org.admin();
    organizations.create(
        new Commands.CreateOrganization(
            org.code(),
            org.name(),
            org.type(),
            org.creditCode(),
            org.region(),
            admin.name(),
            admin.phone(),
            admin.email(),
            details(admin)));
    requestContext.admitted(TenantId.of(org.code()), null, Set.of(OrgRole.ORG_ADMIN.wireName()));
    for (DemoPerson person : org.people()) {
      Person invited =
          person == admin
              ? personRegistry.findOrRegister(details(admin))
              : members
                  .invite(
                      new Commands.InviteMember(details(person), EnumSet.copyOf(person.roles())))
                  .person();
      logins.setPassword(invited.keycloakUserId(), demoPassword, false);
    }
  }

  private static PersonDetails details(DemoPerson p) {
    return new PersonDetails(p.name(), p.idNumber(), p.phone(), p.email());
  }
}
