package org.linli.fund.purchase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.linli.fund.purchase.domain.Amendment;
import org.linli.fund.purchase.domain.AmendmentRepository;
import org.linli.fund.purchase.domain.Contract;
import org.linli.fund.purchase.domain.ContractStatus;
import org.linli.fund.purchase.domain.ContractVersion;
import org.linli.fund.purchase.domain.PurchaseRepository;
import org.linli.fund.purchase.domain.Side;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;

/**
 * The provider's answer to the buyer's amendments: its org admin accepts (the version applies from
 * its effective date, both headers move to it) or refuses with a reason (the version stays as
 * history, the previous one keeps applying). Which versions are in force is decided here.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Amendments {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject PurchaseRepository repository;
  @Inject AmendmentRepository amendments;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  public Contracts.ContractDetail accept(String contractId, int version) {
    Contract c = provider(contractId);
    Amendment a = lockedAmendment(contractId, version);
    ContractVersion v = version(contractId, version);
    Amendment accepted =
        a.accepted(requestContext.actor(), Instant.now(), LocalDate.now(CHINA), v.effectiveFrom());
    amendments.update(accepted);
    repository.updateContract(c.amendmentAccepted(v));
    follow(contractId, version);
    audit("PURCHASE_AMENDMENT_ACCEPTED", contractId, version);
    return detail(contractId);
  }

  public Contracts.ContractDetail refuse(String contractId, int version, String reason) {
    Contract c = provider(contractId);
    Amendment a = lockedAmendment(contractId, version);
    amendments.update(a.refused(requestContext.actor(), Instant.now(), reason));
    follow(contractId, version);
    audit("PURCHASE_AMENDMENT_REFUSED", c.id(), version);
    return detail(contractId);
  }

  /** The versions that apply, oldest first: version 1 and the accepted amendments. */
  public List<ContractVersion> inForce(String contractId) {
    Map<Integer, Amendment> byVersion = amendments.ofContract(contractId);
    return repository.versions(contractId).stream()
        .filter(v -> Amendment.inForce(v.version(), byVersion.get(v.version())))
        .toList();
  }

  Map<Integer, Amendment> of(String contractId) {
    return amendments.ofContract(contractId);
  }

  private Contracts.ContractDetail detail(String contractId) {
    return new Contracts.ContractDetail(
        repository.findContract(contractId).orElseThrow(Contracts::notFound),
        repository.versions(contractId),
        amendments.ofContract(contractId));
  }

  private Contract provider(String contractId) {
    Contract c = repository.lockContract(contractId).orElseThrow(Contracts::notFound);
    c.requireSide(Side.PROVIDER);
    c.requireStatus(ContractStatus.ACTIVE);
    return c;
  }

  private Amendment lockedAmendment(String contractId, int version) {
    return amendments
        .lock(contractId, version)
        .orElseThrow(() -> DomainException.notFound("AMENDMENT_NOT_FOUND"));
  }

  private ContractVersion version(String contractId, int version) {
    return repository.versions(contractId).stream()
        .filter(v -> v.version() == version)
        .findFirst()
        .orElseThrow(() -> DomainException.notFound("AMENDMENT_NOT_FOUND"));
  }

  private void follow(String contractId, int version) {
    if (!"OK".equals(amendments.follow(contractId, version))) {
      throw DomainException.conflict("CONTRACT_PEER_MISMATCH");
    }
  }

  private void audit(String action, String contractId, int version) {
    auditLog.record(action, "purchase_contract", contractId, null, "{\"version\":" + version + "}");
  }
}
