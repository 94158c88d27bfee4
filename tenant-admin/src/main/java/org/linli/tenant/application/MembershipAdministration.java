package org.linli.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.tenant.application.Commands.ChangeRole;
import org.linli.tenant.application.Commands.InviteMember;
import org.linli.tenant.domain.membership.Membership;
import org.linli.tenant.domain.membership.MembershipRepository;
import org.linli.tenant.domain.person.Person;
import org.linli.tenant.domain.person.PersonRepository;

/** Org-admin use cases on the members of the request's organization. */
@ApplicationScoped
@Transactional
@TenantScoped
public class MembershipAdministration {
  @Inject MembershipRepository memberships;
  @Inject PersonRepository people;
  @Inject PersonRegistry personRegistry;
  @Inject AuditLog auditLog;

  /**
   * Invites a person: creates or links the platform person and their login, then the membership.
   */
  public Member invite(InviteMember cmd) {
    if (cmd.roles() == null || cmd.roles().isEmpty()) {
      throw DomainException.invalidField("roles", "ROLES_REQUIRED");
    }
    Person person = personRegistry.findOrRegister(cmd.person());
    Instant now = Instant.now();
    Membership membership =
        memberships
            .find(person.id())
            .map(
                existing -> {
                  existing.rejoin(cmd.roles(), now);
                  return existing;
                })
            .orElseGet(
                () -> {
                  Membership created = new Membership(person.id(), cmd.roles(), now);
                  memberships.add(created);
                  return created;
                });
    auditLog.record("MEMBER_ADDED", "membership", person.id(), null, roles(membership));
    return new Member(membership, person);
  }

  public Member grant(ChangeRole cmd) {
    Membership membership = active(cmd.personId());
    String before = roles(membership);
    membership.grant(cmd.role(), Instant.now());
    auditLog.record("ROLE_GRANTED", "membership", cmd.personId(), before, roles(membership));
    return member(membership);
  }

  public Member revoke(ChangeRole cmd) {
    Membership membership = active(cmd.personId());
    String before = roles(membership);
    if (cmd.role() == OrgRole.ORG_ADMIN) {
      requireAnotherAdmin();
    }
    membership.revoke(cmd.role(), Instant.now());
    auditLog.record("ROLE_REVOKED", "membership", cmd.personId(), before, roles(membership));
    return member(membership);
  }

  public void remove(String personId) {
    Membership membership = active(personId);
    String before = roles(membership);
    if (membership.roles().contains(OrgRole.ORG_ADMIN)) {
      requireAnotherAdmin();
    }
    membership.remove(Instant.now());
    auditLog.record("MEMBER_REMOVED", "membership", personId, before, roles(membership));
  }

  /**
   * Makes sure the person holds {@code role} here (joining if needed), e.g. an activated volunteer.
   */
  public void ensureRole(String personId, OrgRole role) {
    Instant now = Instant.now();
    Membership membership = memberships.find(personId).orElse(null);
    if (membership == null) {
      memberships.add(new Membership(personId, EnumSet.of(role), now));
    } else if (!membership.isActive()) {
      membership.rejoin(EnumSet.of(role), now);
    } else if (!membership.roles().contains(role)) {
      membership.grant(role, now);
    } else {
      return;
    }
    auditLog.record(
        "ROLE_GRANTED", "membership", personId, null, "{\"role\":\"" + role.wireName() + "\"}");
  }

  /** Takes {@code role} away if held; a membership left without roles ends. */
  public void dropRole(String personId, OrgRole role) {
    Membership membership = memberships.find(personId).filter(Membership::isActive).orElse(null);
    if (membership == null || !membership.roles().contains(role)) {
      return;
    }
    if (membership.roles().size() == 1) {
      membership.remove(Instant.now());
    } else {
      membership.revoke(role, Instant.now());
    }
    auditLog.record(
        "ROLE_REVOKED", "membership", personId, "{\"role\":\"" + role.wireName() + "\"}", null);
  }

  public Member get(String personId) {
    return member(active(personId));
  }

  /** The member's full ID and phone numbers, for an org admin; the disclosure is audited. */
  public RevealedIdentity reveal(String personId) {
    Member member = get(personId);
    auditLog.record("PII_REVEALED", "person", personId, null, null);
    return new RevealedIdentity(
        personRegistry.revealIdNumber(member.person()),
        personRegistry.revealPhone(member.person()));
  }

  public record RevealedIdentity(String idNumber, String phone) {}

  public Page<Member> list(PageRequest page) {
    List<Membership> rows = memberships.listActive(page.afterId(), page.limit() + 1);
    return page.page(rows.stream().map(this::member).toList(), m -> m.membership().personId());
  }

  /**
   * The organization must never be left without an org admin, even when two admins remove each
   * other at the same moment: the admins' rows are locked before counting.
   */
  private void requireAnotherAdmin() {
    if (memberships.lockAndCountActiveWithRole(OrgRole.ORG_ADMIN) < 2) {
      throw DomainException.rule("LAST_ORG_ADMIN");
    }
  }

  private Membership active(String personId) {
    return memberships
        .find(personId)
        .filter(Membership::isActive)
        .orElseThrow(() -> DomainException.notFound("MEMBER_NOT_FOUND"));
  }

  private Member member(Membership membership) {
    return new Member(membership, people.find(membership.personId()).orElseThrow());
  }

  private static String roles(Membership m) {
    return "{\"status\":\""
        + m.status()
        + "\",\"roles\":\""
        + m.roles().stream().map(OrgRole::wireName).sorted().collect(Collectors.joining(","))
        + "\"}";
  }

  /** A membership together with the person it belongs to. */
  public record Member(Membership membership, Person person) {}
}
