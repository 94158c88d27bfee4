package org.linli.volunteer.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linli.fund.ledger.application.LedgerPostings;
import org.linli.fund.ledger.domain.Account;
import org.linli.fund.ledger.domain.LedgerTransaction;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;
import org.linli.volunteer.registration.application.VolunteerRegistry;
import org.linli.volunteer.registration.domain.AgePolicy;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerStatus;
import org.linli.volunteer.timebank.application.WithdrawalCommands.AssignProvider;
import org.linli.volunteer.timebank.application.WithdrawalCommands.ConfirmDelivery;
import org.linli.volunteer.timebank.application.WithdrawalCommands.RequestService;
import org.linli.volunteer.timebank.domain.Beneficiary;
import org.linli.volunteer.timebank.domain.BeneficiaryRepository;
import org.linli.volunteer.timebank.domain.ServiceRequest;
import org.linli.volunteer.timebank.domain.ServiceRequestRepository;
import org.linli.volunteer.timebank.domain.ServiceRequestStatus;
import org.linli.volunteer.timebank.domain.TimeHolder;

/**
 * Withdrawals inside one organization. Making a request holds its hours (requester -> TIME_HELD),
 * so they cannot be spent twice; confirming pays the delivered hours to the provider and returns
 * the rest; cancelling returns them all. The request's row lock orders concurrent state changes,
 * and the deterministic ledger ids (tb-hold/settle/release:<id>) make each movement happen once.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class ServiceRequests {
  @Inject ServiceRequestRepository requests;
  @Inject BeneficiaryRepository beneficiaries;
  @Inject VolunteerRegistry volunteers;
  @Inject TimeBankRuleBook ruleBook;
  @Inject HolderAccounts accounts;
  @Inject RequestSettlement settlement;
  @Inject LedgerPostings postings;
  @Inject TimeBankCaller caller;
  @Inject AuditLog auditLog;

  public ServiceRequest request(RequestService cmd) {
    TimeHolder requester = cmd.requester();
    LocalDate birthDate;
    if (requester.isVolunteer()) {
      caller.requireSelfOrStaff(requester.id());
      birthDate = volunteers.get(requester.id()).birthDate();
    } else {
      if (!caller.isStaff()) {
        throw DomainException.forbidden("STAFF_ONLY");
      }
      birthDate = beneficiary(requester.id()).birthDate();
    }
    LocalDate today = ChinaTime.today();
    int minimumAge = ruleBook.inForce(today).redeemFromAge();
    if (AgePolicy.ageOn(birthDate, today) < minimumAge) {
      throw DomainException.rule("REQUESTER_TOO_YOUNG").with(minimumAge);
    }
    ServiceRequest request =
        ServiceRequest.open(
            UUID.randomUUID().toString(), requester, cmd.details(), caller.actor(), Instant.now());
    requests.add(request);
    // Audited before any ledger lock: the tenant's audit chain head is locked by every audited
    // change, so taking it first keeps one lock order (audit head, then accounts), as approvals do.
    audit("TIME_SERVICE_REQUESTED", request, null);
    Account from =
        accounts
            .existingCredit(requester)
            .orElseThrow(
                () ->
                    DomainException.rule("INSUFFICIENT_BALANCE")
                        .withMessage("INSUFFICIENT_BALANCE.HOURS"));
    // The ledger refuses to overdraw the requester (422 INSUFFICIENT_BALANCE), and the request
    // rolls back with it.
    postings.post(
        LedgerTransaction.builder(request.holdTransactionId(), "TIME_HOLD", today)
            .memo("服务申请冻结 (held for service request " + request.id() + ")")
            .post(from.id(), Unit.HOUR, -request.heldMinutes())
            .post(accounts.held().id(), Unit.HOUR, request.heldMinutes())
            .build());
    return request;
  }

  public ServiceRequest assign(AssignProvider cmd) {
    ServiceRequest request = locked(cmd.requestId());
    Volunteer provider = volunteers.get(cmd.providerVolunteerId());
    if (provider.status() != VolunteerStatus.ACTIVE) {
      throw DomainException.rule("PROVIDER_NOT_ACTIVE");
    }
    if (provider.personId().equals(requesterPersonId(request.requester()))) {
      throw DomainException.rule("PROVIDER_IS_REQUESTER");
    }
    String before = state(request);
    request.assign(provider.id(), caller.actor(), Instant.now());
    audit("TIME_SERVICE_ASSIGNED", request, before);
    return request;
  }

  public ServiceRequest confirm(ConfirmDelivery cmd) {
    ServiceRequest request = locked(cmd.requestId());
    String before = state(request);
    long returned = request.confirm(cmd.deliveredMinutes(), caller.actor(), Instant.now());
    audit("TIME_SERVICE_CONFIRMED", request, before); // before the ledger locks, see request()
    settlement.settle(request, returned);
    return request;
  }

  /** Staff, or the volunteer who asked; the provider cannot cancel. */
  public ServiceRequest cancel(String requestId) {
    ServiceRequest request = locked(requestId);
    if (!caller.isStaff()
        && !caller.ownVolunteerId().equals(Optional.ofNullable(request.requesterVolunteerId()))) {
      throw notFound();
    }
    String before = state(request);
    request.cancel(caller.actor(), Instant.now());
    audit("TIME_SERVICE_CANCELLED", request, before); // before the ledger locks, see request()
    postings.post(
        LedgerTransaction.builder(request.releaseTransactionId(), "TIME_RELEASE", ChinaTime.today())
            .memo("服务申请取消，退回冻结 (released: request " + request.id() + " cancelled)")
            .post(accounts.held().id(), Unit.HOUR, -request.heldMinutes())
            .post(accounts.credit(request.requester()).id(), Unit.HOUR, request.heldMinutes())
            .build());
    return request;
  }

  public ServiceRequest get(String requestId) {
    return requests.find(requestId).filter(this::visible).orElseThrow(ServiceRequests::notFound);
  }

  /** Staff see all; a volunteer those they asked for or were assigned to. */
  public Page<ServiceRequest> list(ServiceRequestStatus status, PageRequest page) {
    String involving = null;
    if (!caller.isStaff()) {
      involving = caller.ownVolunteerId().orElse(null);
      if (involving == null) {
        return new Page<>(List.of(), null);
      }
    }
    return page.page(
        requests.list(status, involving, page.afterId(), page.limit() + 1), ServiceRequest::id);
  }

  private boolean visible(ServiceRequest r) {
    if (caller.isStaff()) {
      return true;
    }
    Optional<String> own = caller.ownVolunteerId();
    return own.isPresent()
        && (own.get().equals(r.requesterVolunteerId())
            || own.get().equals(r.providerVolunteerId()));
  }

  private ServiceRequest locked(String requestId) {
    return requests.lock(requestId).filter(this::visible).orElseThrow(ServiceRequests::notFound);
  }

  private Beneficiary beneficiary(String id) {
    return beneficiaries
        .find(id)
        .orElseThrow(() -> DomainException.notFound("BENEFICIARY_NOT_FOUND"));
  }

  private String requesterPersonId(TimeHolder requester) {
    return requester.isVolunteer()
        ? volunteers.get(requester.id()).personId()
        : beneficiary(requester.id()).personId();
  }

  private static String state(ServiceRequest r) {
    return "{\"status\":\"" + r.status() + "\"}";
  }

  private void audit(String action, ServiceRequest r, String before) {
    auditLog.record(
        action,
        "time_service_request",
        r.id(),
        before,
        "{\"status\":\""
            + r.status()
            + "\",\"heldMinutes\":"
            + r.heldMinutes()
            + (r.providerVolunteerId() == null
                ? ""
                : ",\"providerVolunteerId\":\"" + r.providerVolunteerId() + "\"")
            + (r.deliveredMinutes() == null ? "" : ",\"deliveredMinutes\":" + r.deliveredMinutes())
            + "}");
  }

  private static DomainException notFound() {
    return DomainException.notFound("SERVICE_REQUEST_NOT_FOUND");
  }
}
