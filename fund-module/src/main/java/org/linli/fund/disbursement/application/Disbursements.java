package org.linli.fund.disbursement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.linli.fund.accounting.application.Funds;
import org.linli.fund.accounting.application.PostedVoucher;
import org.linli.fund.accounting.domain.Fund;
import org.linli.fund.disbursement.application.Beneficiaries.BeneficiaryInput;
import org.linli.fund.disbursement.domain.Disbursement;
import org.linli.fund.disbursement.domain.DisbursementRepository;
import org.linli.fund.disbursement.domain.DisbursementStatus;
import org.linli.fund.disbursement.domain.Lane;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;

/** Standard-lane disbursements: request, approve, reject, pay. */
@ApplicationScoped
@Transactional
@TenantScoped
public class Disbursements {
  @Inject DisbursementRepository repository;
  @Inject DisbursementRules rules;
  @Inject Beneficiaries beneficiaries;
  @Inject DisbursementPosting posting;
  @Inject Funds funds;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  public record RequestDisbursement(
      UUID fundId,
      BeneficiaryInput beneficiary,
      String purpose,
      long amount,
      List<String> evidence) {}

  public record PayDisbursement(UUID id, String bankReference, LocalDate paidOn) {}

  public Disbursement request(RequestDisbursement c) {
    requireActiveFund(c.fundId(), c.amount());
    Disbursement d =
        Disbursement.request(
            UUID.randomUUID(),
            c.fundId(),
            beneficiaries.of(c.beneficiary()),
            c.purpose(),
            c.amount(),
            c.evidence(),
            rules.current().requiredApprovals(c.amount()),
            requestContext.personId(),
            requestContext.actor(),
            Instant.now());
    repository.add(d);
    auditLog.record(
        "DISBURSEMENT_REQUESTED",
        "disbursement",
        d.id().toString(),
        null,
        "{\"amount\":" + d.amount() + ",\"fund\":\"" + d.fundId() + "\"}");
    return d;
  }

  /**
   * The fund exists, is active and holds at least the amount now (checked again, atomically, by the
   * engine when the money moves).
   */
  void requireActiveFund(UUID fundId, long amount) {
    Fund fund = funds.require(fundId);
    if (fund.status() != Fund.Status.ACTIVE) {
      throw DomainException.rule("FUND_NOT_ACTIVE").with(fund.name());
    }
    if (funds.balance(fundId) < amount) {
      throw DomainException.rule("FUND_BALANCE_INSUFFICIENT").with(fund.name());
    }
  }

  public Disbursement get(UUID id) {
    return repository.find(id).orElseThrow(Disbursements::notFound);
  }

  public Page<Disbursement> list(DisbursementStatus status, Lane lane, PageRequest page) {
    PageRequest.After<Instant> after = page.afterInstantAndId();
    List<Disbursement> fetched =
        repository.list(
            status,
            lane,
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1);
    return page.page(fetched, d -> PageRequest.key(d.createdAt(), d.id().toString()));
  }

  public Disbursement approve(UUID id) {
    Disbursement d = locked(id);
    var approval = d.approve(requestContext.personId(), requestContext.actor(), Instant.now());
    repository.addApproval(id, approval);
    repository.update(d);
    auditLog.record(
        d.status() == DisbursementStatus.APPROVED
            ? "DISBURSEMENT_APPROVED"
            : "DISBURSEMENT_APPROVAL_ADDED",
        "disbursement",
        id.toString(),
        "{\"approvals\":" + (d.approvals().size() - 1) + "}",
        "{\"approvals\":" + d.approvals().size() + "}");
    return d;
  }

  public Disbursement reject(UUID id, String reason) {
    Disbursement d = locked(id);
    String before = d.status().name();
    d.reject(requestContext.personId(), reason, Instant.now());
    repository.update(d);
    auditLog.record(
        "DISBURSEMENT_REJECTED",
        "disbursement",
        id.toString(),
        "{\"status\":\"" + before + "\"}",
        "{\"status\":\"REJECTED\"}");
    return d;
  }

  /**
   * Pays an approved request: the row is locked first (a second payment of the same request waits
   * and then finds it paid), then the voucher posts and charges the fund.
   */
  public Disbursement pay(PayDisbursement c) {
    Disbursement d = locked(c.id());
    if (d.status() != DisbursementStatus.APPROVED) {
      throw DomainException.conflict("DISBURSEMENT_NOT_APPROVED").with(d.status().name());
    }
    LocalDate paidOn = paymentDate(c.paidOn());
    PostedVoucher v =
        posting.post(d.id(), d.fundId(), d.amount(), paidOn, d.purpose(), c.bankReference());
    d.pay(
        new Disbursement.Payment(
            requestContext.actor(), Instant.now(), paidOn, c.bankReference(), v.id(), v.number()));
    repository.update(d);
    auditLog.record(
        "DISBURSEMENT_PAID",
        "disbursement",
        d.id().toString(),
        "{\"status\":\"APPROVED\"}",
        "{\"status\":\"PAID\",\"voucher\":\"" + v.number() + "\"}");
    return d;
  }

  static LocalDate paymentDate(LocalDate given) {
    LocalDate today = ChinaTime.today();
    if (given == null) {
      return today;
    }
    if (given.isAfter(today)) {
      throw DomainException.invalidField("paidOn", "PAYMENT_DATE_IN_FUTURE");
    }
    return given;
  }

  private Disbursement locked(UUID id) {
    return repository.lock(id).orElseThrow(Disbursements::notFound);
  }

  static DomainException notFound() {
    return DomainException.notFound("DISBURSEMENT_NOT_FOUND");
  }
}
