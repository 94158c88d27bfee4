package org.linli.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.crypto.PiiCipher;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantSession;
import org.linli.tenant.application.Commands.ChangeOrgStatus;
import org.linli.tenant.application.Commands.CreateOrganization;
import org.linli.tenant.domain.membership.Membership;
import org.linli.tenant.domain.membership.MembershipRepository;
import org.linli.tenant.domain.org.Organization;
import org.linli.tenant.domain.org.OrganizationRepository;
import org.linli.tenant.domain.org.OrganizationRepository.OrgSearch;
import org.linli.tenant.domain.org.UnifiedSocialCreditCode;
import org.linli.tenant.domain.person.Person;
import org.linli.tenant.domain.person.PhoneNumber;
import org.linli.tenant.domain.region.AdministrativeDivisions;
import org.linli.tenant.domain.settings.OrgSettingsRepository;
import org.linli.tenant.domain.settings.OrgSettingsVersion;

/** Platform-admin use cases: register, find, suspend and reactivate organizations. */
@ApplicationScoped
public class OrganizationAdministration {
  @Inject OrganizationRepository organizations;
  @Inject MembershipRepository memberships;
  @Inject OrgSettingsRepository settings;
  @Inject PersonRegistry personRegistry;
  @Inject TenantSession tenantSession;
  @Inject AuditLog auditLog;
  @Inject PiiCipher cipher;

  /**
   * Registers an organization with its first org admin (whose login is created in Keycloak), its
   * initial settings and the start of its audit chain, all in one transaction.
   */
  @Transactional
  public Organization create(CreateOrganization cmd) {
    TenantId tenant = TenantId.of(cmd.code());
    UnifiedSocialCreditCode creditCode =
        UnifiedSocialCreditCode.parse(cmd.creditCode()).requireIssuedFor(cmd.type());
    AdministrativeDivisions.require("regionCode", cmd.regionCode());
    PhoneNumber contactPhone = PhoneNumber.parse(cmd.contactPhone());
    tenantSession.bind(tenant);
    if (organizations.find(tenant.value()).isPresent()) {
      throw DomainException.conflict("ORG_CODE_TAKEN");
    }
    if (organizations.existsWithCreditCode(creditCode.value())) {
      throw DomainException.conflict("CREDIT_CODE_TAKEN");
    }
    Instant now = Instant.now();
    Organization org =
        new Organization(
            tenant.value(),
            cmd.name().strip(),
            cmd.type(),
            creditCode,
            cmd.regionCode(),
            new Organization.Contact(
                cmd.contactName(),
                cipher.encrypt(contactPhone.value(), "organization.contact_phone"),
                contactPhone.masked(),
                cmd.contactEmail()),
            now);
    organizations.add(org);
    auditLog.startChain(tenant);
    Person admin = personRegistry.findOrRegister(cmd.firstAdmin());
    memberships.add(new Membership(admin.id(), EnumSet.of(OrgRole.ORG_ADMIN), now));
    settings.add(OrgSettingsVersion.initial(now, "platform"));
    auditLog.record("ORG_CREATED", "organization", org.id(), null, snapshot(org));
    auditLog.record("MEMBER_ADDED", "membership", admin.id(), null, "{\"roles\":\"org-admin\"}");
    return org;
  }

  @Transactional
  public Organization suspend(ChangeOrgStatus cmd) {
    return changeStatus(cmd, true);
  }

  @Transactional
  public Organization reactivate(ChangeOrgStatus cmd) {
    return changeStatus(cmd, false);
  }

  private Organization changeStatus(ChangeOrgStatus cmd, boolean suspend) {
    Organization org = get(cmd.orgId());
    tenantSession.bind(TenantId.of(org.id()));
    String before = snapshot(org);
    if (suspend) {
      org.suspend(Instant.now());
    } else {
      org.reactivate(Instant.now());
    }
    auditLog.record(
        suspend ? "ORG_SUSPENDED" : "ORG_REACTIVATED",
        "organization",
        org.id(),
        before,
        Json.createObjectBuilder()
            .add("status", org.status().name())
            .add("reason", cmd.reason() == null ? "" : cmd.reason())
            .build()
            .toString());
    return org;
  }

  @Transactional
  public Organization get(String orgId) {
    return organizations.find(orgId).orElseThrow(() -> DomainException.notFound("ORG_NOT_FOUND"));
  }

  @Transactional
  public Page<Organization> search(OrgSearch search, PageRequest page) {
    return page.page(
        organizations.search(search, page.afterId(), page.limit() + 1), Organization::id);
  }

  private static String snapshot(Organization org) {
    return Json.createObjectBuilder()
        .add("id", org.id())
        .add("name", org.name())
        .add("type", org.type().name())
        .add("creditCode", org.creditCode())
        .add("status", org.status().name())
        .build()
        .toString();
  }
}
