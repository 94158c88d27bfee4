package org.linli.volunteer.timebank.clearing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerRepository;
import org.linli.volunteer.registration.domain.VolunteerStatus;
import org.linli.volunteer.timebank.clearing.domain.ClearingPeer;
import org.linli.volunteer.timebank.clearing.domain.ClearingRepository;
import org.linli.volunteer.timebank.clearing.domain.InboundRequest;
import org.linli.volunteer.timebank.clearing.domain.InboundStatus;

/**
 * The service organization's side: staff assign one of their volunteers, then confirm delivery,
 * which pays the provider from the clearing account for the requesting organization, or decline.
 * The inbound row is locked first, so a concurrent cancel by the requester waits and then loses.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class InboundServices {
  @Inject ClearingRepository repository;
  @Inject ClearingPeer peer;
  @Inject ClearingLedger clearingLedger;
  @Inject VolunteerRepository volunteers;
  @Inject AuditLog auditLog;

  public InboundRequest assign(String id, String providerVolunteerId) {
    InboundRequest request = locked(id);
    Volunteer provider =
        volunteers
            .find(providerVolunteerId)
            .orElseThrow(() -> DomainException.notFound("VOLUNTEER_NOT_FOUND"));
    if (provider.status() != VolunteerStatus.ACTIVE) {
      throw DomainException.rule("PROVIDER_NOT_ACTIVE");
    }
    request.assign(provider.id());
    auditLog.record(
        "CLEARING_SERVICE_ASSIGNED",
        "clearing_inbound_request",
        request.id(),
        null,
        "{\"provider\":\"" + provider.id() + "\"}");
    return request;
  }

  public InboundRequest confirm(String id) {
    InboundRequest request = locked(id);
    request.settle(Instant.now());
    clearingLedger.settle(
        request.id(), request.sourceOrg(), request.providerVolunteerId(), request.minutes());
    String settled = peer.settleOutbound(request.id());
    if (!ClearingPeer.OK.equals(settled)) {
      // Impossible while both sides lock this row first; refuse rather than settle one side.
      throw new IllegalStateException("outbound side of " + request.id() + ": " + settled);
    }
    auditLog.record(
        "CLEARING_SERVICE_SETTLED",
        "clearing_inbound_request",
        request.id(),
        "{\"status\":\"ASSIGNED\"}",
        "{\"status\":\"SETTLED\",\"minutes\":" + request.minutes() + "}");
    return request;
  }

  public InboundRequest decline(String id, String reason) {
    InboundRequest request = locked(id);
    InboundStatus before = request.status();
    request.decline(reason.strip(), Instant.now());
    String declined = peer.declineOutbound(request.id());
    if (!ClearingPeer.OK.equals(declined)) {
      throw new IllegalStateException("outbound side of " + request.id() + ": " + declined);
    }
    auditLog.record(
        "CLEARING_SERVICE_DECLINED",
        "clearing_inbound_request",
        request.id(),
        "{\"status\":\"" + before + "\"}",
        "{\"status\":\"DECLINED\"}");
    return request;
  }

  public InboundRequest get(String id) {
    return repository.inbound(id).orElseThrow(InboundServices::notFound);
  }

  public Page<InboundRequest> list(InboundStatus status, PageRequest page) {
    return page.page(
        repository.inbound(status, page.afterId(), page.limit() + 1), InboundRequest::id);
  }

  private InboundRequest locked(String id) {
    return repository.lockInbound(id).orElseThrow(InboundServices::notFound);
  }

  private static DomainException notFound() {
    return DomainException.notFound("REQUEST_NOT_FOUND");
  }
}
