package org.linli.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.security.Admission;
import org.linli.kernel.security.OrgAdmission;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantSession;
import org.linli.tenant.domain.membership.Membership;
import org.linli.tenant.domain.membership.MembershipRepository;
import org.linli.tenant.domain.org.Organization;
import org.linli.tenant.domain.org.OrganizationRepository;
import org.linli.tenant.domain.person.Person;
import org.linli.tenant.domain.person.PersonRepository;

/**
 * Admits a caller to an organization from the stored membership, read fresh on every request. An
 * unknown organization and a non-member get the same answer, so codes cannot be probed.
 */
@ApplicationScoped
public class MembershipAdmission implements OrgAdmission {
  @Inject OrganizationRepository organizations;
  @Inject PersonRepository people;
  @Inject MembershipRepository memberships;
  @Inject TenantSession tenantSession;

  @Override
  @Transactional
  public Admission admit(TenantId org, String subject) {
    tenantSession.bind(org);
    Person person = people.findByLogin(subject).orElseThrow(MembershipAdmission::notMember);
    Membership membership =
        memberships
            .find(person.id())
            .filter(Membership::isActive)
            .orElseThrow(MembershipAdmission::notMember);
    Organization organization =
        organizations.find(org.value()).orElseThrow(MembershipAdmission::notMember);
    if (organization.isSuspended()) {
      throw DomainException.forbidden("ORG_SUSPENDED");
    }
    return new Admission(person.id(), membership.roles());
  }

  private static DomainException notMember() {
    return DomainException.forbidden("NOT_A_MEMBER");
  }
}
