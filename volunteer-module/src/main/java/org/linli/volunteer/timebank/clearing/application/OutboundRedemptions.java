package org.linli.volunteer.timebank.clearing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;
import org.linli.volunteer.registration.domain.AgePolicy;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerRepository;
import org.linli.volunteer.timebank.application.TimeBankRuleBook;
import org.linli.volunteer.timebank.clearing.application.ClearingCommands.RequestService;
import org.linli.volunteer.timebank.clearing.domain.ClearingAgreement;
import org.linli.volunteer.timebank.clearing.domain.ClearingPeer;
import org.linli.volunteer.timebank.clearing.domain.ClearingRepository;
import org.linli.volunteer.timebank.clearing.domain.OutboundRequest;
import org.linli.volunteer.timebank.clearing.domain.OutboundStatus;

/**
 * The requesting organization's side: a volunteer's hours pay for a service at another
 * organization. Creating holds the hours and opens the other side's inbound request in one
 * transaction; cancelling (or releasing after a decline) gives them back exactly once.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class OutboundRedemptions {
  @Inject ClearingRepository repository;
  @Inject ClearingPeer peer;
  @Inject ClearingLedger clearingLedger;
  @Inject VolunteerRepository volunteers;
  @Inject TimeBankRuleBook ruleBook;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  public OutboundRequest request(RequestService cmd) {
    Volunteer volunteer = whoRedeems(cmd.volunteerId());
    String serviceOrg = TenantId.of(cmd.serviceOrg().strip()).value();
    long minutes = Unit.HOUR.parse("hours", cmd.hours());
    ClearingAgreement agreement =
        repository
            .liveAgreementWith(serviceOrg)
            .orElseThrow(() -> DomainException.rule("AGREEMENT_NOT_ACTIVE"));
    agreement.requireActive();
    int redeemFromAge = ruleBook.today().redeemFromAge();
    if (AgePolicy.ageOn(volunteer.birthDate(), ChinaTime.today()) < redeemFromAge) {
      throw DomainException.rule("REQUESTER_TOO_YOUNG").with(redeemFromAge);
    }
    OutboundRequest request =
        OutboundRequest.open(
            UUID.randomUUID().toString(),
            new OutboundRequest.Terms(
                serviceOrg,
                volunteer.id(),
                cmd.serviceCategory().strip(),
                cmd.description().strip(),
                minutes),
            requestContext.actor(),
            Instant.now());
    clearingLedger.hold(
        request.id(), volunteer.id(), serviceOrg, minutes, agreement.limitMinutes());
    repository.add(request);
    String opened = peer.openInbound(request.id());
    if ("AGREEMENT_NOT_ACTIVE".equals(opened)) {
      // Suspended on the other side meanwhile: the hold rolls back with everything else.
      agreement.requireActive();
      throw DomainException.rule("AGREEMENT_NOT_ACTIVE")
          .withMessage("AGREEMENT_NOT_ACTIVE.SUSPENDED_BY_PEER");
    }
    if (!ClearingPeer.OK.equals(opened)) {
      throw new IllegalStateException("inbound request not opened: " + opened);
    }
    auditLog.record(
        "CLEARING_REQUEST_CREATED",
        "clearing_outbound_request",
        request.id(),
        null,
        "{\"serviceOrg\":\""
            + serviceOrg
            + "\",\"volunteerId\":\""
            + volunteer.id()
            + "\",\"minutes\":"
            + minutes
            + "}");
    return request;
  }

  /**
   * Cancels an open request or releases a declined one. The other side's row is locked first (as
   * confirm and decline do there), so a concurrent confirmation and this cancel cannot both win.
   */
  public OutboundRequest cancel(String id) {
    visible(id);
    String inbound = peer.cancelInbound(id);
    if ("SETTLED".equals(inbound)) {
      throw DomainException.conflict("REQUEST_SETTLED");
    }
    OutboundRequest request = repository.lockOutbound(id).orElseThrow();
    OutboundStatus before = request.status();
    request.release(Instant.now());
    clearingLedger.release(request.id(), request.serviceOrg());
    auditLog.record(
        "CLEARING_REQUEST_" + request.status(),
        "clearing_outbound_request",
        request.id(),
        "{\"status\":\"" + before + "\"}",
        "{\"status\":\"" + request.status() + "\",\"minutes\":" + request.minutes() + "}");
    return request;
  }

  public OutboundRequest get(String id) {
    return visible(id);
  }

  /** Staff see all; a volunteer only their own. */
  public Page<OutboundRequest> list(OutboundStatus status, PageRequest page) {
    String volunteerId = isStaff() ? null : own().id();
    return page.page(
        repository.outbound(volunteerId, status, page.afterId(), page.limit() + 1),
        OutboundRequest::id);
  }

  private OutboundRequest visible(String id) {
    return repository
        .outbound(id)
        .filter(r -> isStaff() || r.volunteerId().equals(own().id()))
        .orElseThrow(() -> DomainException.notFound("REQUEST_NOT_FOUND"));
  }

  /** Staff redeem for any volunteer of theirs; a volunteer only for themselves. */
  private Volunteer whoRedeems(String volunteerId) {
    if (volunteerId != null && isStaff()) {
      return volunteers
          .find(volunteerId)
          .orElseThrow(() -> DomainException.notFound("VOLUNTEER_NOT_FOUND"));
    }
    Volunteer self = own();
    if (volunteerId != null && !volunteerId.equals(self.id())) {
      throw DomainException.notFound("VOLUNTEER_NOT_FOUND");
    }
    return self;
  }

  private Volunteer own() {
    return volunteers
        .findByPerson(requestContext.personId())
        .orElseThrow(
            () ->
                DomainException.notFound("VOLUNTEER_NOT_FOUND")
                    .withMessage("VOLUNTEER_NOT_FOUND.SELF"));
  }

  private boolean isStaff() {
    return requestContext.hasOrgRole(OrgRole.STAFF.wireName())
        || requestContext.hasOrgRole(OrgRole.ORG_ADMIN.wireName());
  }
}
