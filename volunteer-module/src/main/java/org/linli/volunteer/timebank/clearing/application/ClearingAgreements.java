package org.linli.volunteer.timebank.clearing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.linli.fund.ledger.domain.Account;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.tenant.domain.org.OrgStatus;
import org.linli.tenant.domain.org.OrganizationRepository;
import org.linli.volunteer.timebank.clearing.application.ClearingCommands.ProposeAgreement;
import org.linli.volunteer.timebank.clearing.domain.ClearingAgreement;
import org.linli.volunteer.timebank.clearing.domain.ClearingPeer;
import org.linli.volunteer.timebank.clearing.domain.ClearingRepository;

/**
 * Trust lines between organizations: one proposes with a limit, the other accepts, either may
 * suspend. Every change of one pair runs under the pair's advisory lock, so both sides always agree
 * and two organizations proposing to each other at once end with one agreement.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class ClearingAgreements {
  @Inject ClearingRepository repository;
  @Inject ClearingPeer peer;
  @Inject ClearingLedger clearingLedger;
  @Inject OrganizationRepository organizations;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  /** An agreement with this side's current net payable (minutes; negative: receivable). */
  public record Line(ClearingAgreement agreement, long payableMinutes) {}

  public Line propose(ProposeAgreement cmd) {
    String self = self();
    String counterparty = TenantId.of(cmd.counterpartyOrg().strip()).value();
    ClearingAgreement agreement =
        ClearingAgreement.propose(
            UUID.randomUUID().toString(),
            self,
            counterparty,
            Unit.HOUR.parse("limitHours", cmd.limitHours()),
            Instant.now());
    if (organizations.find(counterparty).filter(o -> o.status() == OrgStatus.ACTIVE).isEmpty()) {
      throw counterpartyNotFound();
    }
    repository.lockPair(self, counterparty);
    if (repository.liveAgreementWith(counterparty).isPresent()) {
      throw exists();
    }
    repository.add(agreement);
    switch (peer.mirrorProposal(agreement.id())) {
      case ClearingPeer.OK -> {}
      case "EXISTS" -> throw exists();
      case "COUNTERPARTY_NOT_FOUND" -> throw counterpartyNotFound();
      default -> throw new IllegalStateException("clearing proposal not mirrored");
    }
    audit("CLEARING_AGREEMENT_PROPOSED", agreement, null);
    return line(agreement);
  }

  public Line accept(String id) {
    ClearingAgreement agreement = locked(id);
    agreement.accept(self(), Instant.now());
    follow(agreement);
    audit("CLEARING_AGREEMENT_ACCEPTED", agreement, "PROPOSED");
    return line(agreement);
  }

  public Line suspend(String id) {
    ClearingAgreement agreement = locked(id);
    String before = agreement.status().name();
    agreement.suspend(self(), Instant.now());
    follow(agreement);
    audit("CLEARING_AGREEMENT_SUSPENDED", agreement, before);
    return line(agreement);
  }

  public Line get(String id) {
    return line(find(id));
  }

  public Page<Line> list(PageRequest page) {
    Page<ClearingAgreement> agreements =
        page.page(repository.agreements(page.afterId(), page.limit() + 1), ClearingAgreement::id);
    return new Page<>(
        agreements.items().stream().map(this::line).toList(), agreements.nextCursor());
  }

  private Line line(ClearingAgreement a) {
    return new Line(a, clearingLedger.find(a.counterparty()).map(Account::balance).orElse(0L));
  }

  private ClearingAgreement locked(String id) {
    ClearingAgreement agreement = find(id);
    repository.lockPair(self(), agreement.counterparty());
    return repository.lockAgreement(id).orElseThrow();
  }

  private ClearingAgreement find(String id) {
    return repository
        .agreement(id)
        .orElseThrow(() -> DomainException.notFound("AGREEMENT_NOT_FOUND"));
  }

  private void follow(ClearingAgreement agreement) {
    if (!ClearingPeer.OK.equals(peer.followAgreement(agreement.id()))) {
      throw new IllegalStateException("the two sides of agreement " + agreement.id() + " differ");
    }
  }

  private String self() {
    return requestContext.tenant().value();
  }

  private void audit(String action, ClearingAgreement a, String before) {
    auditLog.record(
        action,
        "clearing_agreement",
        a.id(),
        before == null ? null : "{\"status\":\"" + before + "\"}",
        "{\"counterparty\":\""
            + a.counterparty()
            + "\",\"status\":\""
            + a.status()
            + "\",\"limitMinutes\":"
            + a.limitMinutes()
            + "}");
  }

  private static DomainException exists() {
    return DomainException.conflict("AGREEMENT_EXISTS");
  }

  private static DomainException counterpartyNotFound() {
    return DomainException.rule("COUNTERPARTY_NOT_FOUND");
  }
}
