package org.linli.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantSession;
import org.linli.tenant.application.LoginDirectory.LoginSetup;
import org.linli.tenant.domain.membership.Membership;
import org.linli.tenant.domain.membership.MembershipRepository;
import org.linli.tenant.domain.person.Person;
import org.linli.tenant.domain.person.PersonRepository;

/**
 * Invitation e-mails: the identity provider's link through which an invited member chooses a
 * password. Each call is its own transaction, run after the invitation committed, so no e-mail ever
 * goes out for an invitation that was rolled back, and a mail server that is down never undoes one.
 * A person whose login is already set up (e.g. a member of another organization) gets no e-mail:
 * they sign in as before and find the new membership.
 */
@ApplicationScoped
public class Invitations {
  private static final Logger LOG = Logger.getLogger(Invitations.class.getName());

  @Inject MembershipRepository memberships;
  @Inject PersonRepository people;
  @Inject LoginDirectory logins;
  @Inject TenantSession tenantSession;
  @Inject AuditLog auditLog;
  @Inject InvitationThrottle throttle;

  /** How long the link in the e-mail works (ISO-8601 duration). */
  @Inject
  @ConfigProperty(name = "linli.invitation.lifespan", defaultValue = "PT72H")
  Duration lifespan;

  /** Why an invitation e-mail was not sent. */
  public enum NotSent {
    /** The person already chose a password: nothing to do, the membership simply appears. */
    LOGIN_ACTIVE,
    /** Invited without an e-mail address: there is no login to set up. */
    NO_LOGIN,
    /** The identity provider could not send it (mail server missing or failing): re-send later. */
    EMAIL_FAILED
  }

  /** What happened to the invitation e-mail; {@code expiresAt} when sent. */
  public record Invitation(boolean sent, NotSent reason, Instant expiresAt) {
    static Invitation sentUntil(Instant expiresAt) {
      return new Invitation(true, null, expiresAt);
    }

    static Invitation notSent(NotSent reason) {
      return new Invitation(false, reason, null);
    }
  }

  /**
   * After a member was invited: e-mails them when their login still waits for a password. Never
   * fails: what could not be done is said in the answer (and can be retried with {@link #resend}).
   */
  @Transactional
  public Invitation offer(TenantId org, String personId) {
    tenantSession.bind(org);
    Person person = people.find(personId).orElseThrow();
    if (person.keycloakUserId() == null) {
      return Invitation.notSent(NotSent.NO_LOGIN);
    }
    try {
      if (logins.setupOf(person.keycloakUserId()) != LoginSetup.PENDING) {
        return Invitation.notSent(NotSent.LOGIN_ACTIVE);
      }
      return send(org, person);
    } catch (DomainException e) {
      LOG.warning(() -> "No invitation e-mail for person " + personId + ": " + e.code());
      return Invitation.notSent(NotSent.EMAIL_FAILED);
    }
  }

  /** After an organization was registered: invites its first (and only) admin the same way. */
  @Transactional
  public Invitation offerToFirstAdmin(TenantId org) {
    tenantSession.bind(org);
    List<Membership> members = memberships.listActive(null, 1);
    return members.isEmpty()
        ? Invitation.notSent(NotSent.NO_LOGIN)
        : offer(org, members.get(0).personId());
  }

  /**
   * An org admin sends the invitation again, e.g. when the first e-mail was lost or its link
   * expired. Refused for a login already set up (409 {@code LOGIN_ALREADY_SET_UP}) and within the
   * re-send interval of the last e-mail (409 {@code INVITATION_RECENTLY_SENT}).
   */
  @Transactional
  public Invitation resend(TenantId org, String personId) {
    tenantSession.bind(org);
    memberships
        .find(personId)
        .filter(Membership::isActive)
        .orElseThrow(() -> DomainException.notFound("MEMBER_NOT_FOUND"));
    Person person = people.find(personId).orElseThrow();
    if (person.keycloakUserId() == null) {
      throw DomainException.conflict("MEMBER_HAS_NO_LOGIN");
    }
    LoginSetup setup = logins.setupOf(person.keycloakUserId());
    if (setup == LoginSetup.COMPLETE) {
      throw DomainException.conflict("LOGIN_ALREADY_SET_UP");
    }
    if (setup == LoginSetup.MISSING) {
      throw DomainException.conflict("MEMBER_HAS_NO_LOGIN");
    }
    throttle
        .waitBeforeNext(org, personId)
        .ifPresent(
            wait -> {
              throw DomainException.conflict("INVITATION_RECENTLY_SENT").with(wait.toSeconds());
            });
    Invitation invitation = send(org, person);
    if (!invitation.sent()) {
      throw new DomainException(ErrorKind.UNAVAILABLE, "INVITATION_EMAIL_FAILED");
    }
    return invitation;
  }

  private Invitation send(TenantId org, Person person) {
    Duration validFor = lifespan;
    if (!logins.sendInvitation(person.keycloakUserId(), validFor)) {
      return Invitation.notSent(NotSent.EMAIL_FAILED);
    }
    Instant expiresAt = Instant.now().plus(validFor);
    throttle.sent(org, person.id());
    auditLog.record(
        "INVITATION_SENT",
        "membership",
        person.id(),
        null,
        "{\"expiresAt\":\"" + expiresAt + "\"}");
    return Invitation.sentUntil(expiresAt);
  }
}
