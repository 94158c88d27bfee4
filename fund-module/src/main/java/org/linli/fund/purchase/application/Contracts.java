package org.linli.fund.purchase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.linli.fund.purchase.domain.Amendment;
import org.linli.fund.purchase.domain.AmendmentRepository;
import org.linli.fund.purchase.domain.AmendmentState;
import org.linli.fund.purchase.domain.Contract;
import org.linli.fund.purchase.domain.ContractItem;
import org.linli.fund.purchase.domain.ContractStatus;
import org.linli.fund.purchase.domain.ContractTerm;
import org.linli.fund.purchase.domain.ContractVersion;
import org.linli.fund.purchase.domain.PurchasePeer;
import org.linli.fund.purchase.domain.PurchaseRepository;
import org.linli.fund.purchase.domain.Side;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.tenant.domain.org.OrgStatus;
import org.linli.tenant.domain.org.OrgType;
import org.linli.tenant.domain.org.Organization;
import org.linli.tenant.domain.org.OrganizationRepository;

/**
 * Contracts: the buyer drafts and proposes, the provider accepts or declines, the buyer amends,
 * publishes and terminates. Each change is made on the caller's copy, then followed on the other
 * side's by the peer functions, in the same transaction.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Contracts {
  @Inject PurchaseRepository repository;
  @Inject PurchasePeer peer;
  @Inject OrganizationRepository organizations;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;
  @Inject AmendmentRepository amendments;

  public record DraftContract(
      String providerOrg,
      String number,
      String title,
      String budgetLine,
      ContractTerm term,
      long totalAmount,
      String performanceTargets,
      List<ContractItem> items) {}

  public record AmendContract(
      String id,
      LocalDate effectiveFrom,
      LocalDate termEnd,
      long totalAmount,
      String note,
      List<ContractItem> items) {}

  /** A contract with all its versions and, by version, the provider's answers to amendments. */
  public record ContractDetail(
      Contract contract, List<ContractVersion> versions, Map<Integer, Amendment> amendments) {
    public ContractDetail(Contract contract, List<ContractVersion> versions) {
      this(contract, versions, Map.of());
    }

    public ContractVersion current() {
      return versions.stream()
          .filter(v -> v.version() == contract.currentVersion())
          .findFirst()
          .orElseThrow();
    }
  }

  public ContractDetail draft(DraftContract c) {
    String me = requestContext.tenant().value();
    Organization buyer = organizations.find(me).orElseThrow();
    if (buyer.type() != OrgType.GOVERNMENT_BUYER) {
      throw DomainException.rule("NOT_A_BUYER");
    }
    Organization provider =
        organizations
            .find(c.providerOrg())
            .filter(o -> o.status() == OrgStatus.ACTIVE && o.type() != OrgType.GOVERNMENT_BUYER)
            .filter(o -> !o.id().equals(me))
            .orElseThrow(() -> DomainException.rule("PROVIDER_NOT_FOUND").with(c.providerOrg()));
    List<ContractItem> items = ContractItem.catalogue(c.items());
    requireWithinTotal(items, c.totalAmount());
    if (repository.contractNumberTaken(me, c.number())) {
      throw DomainException.conflict("CONTRACT_NUMBER_TAKEN").with(c.number());
    }
    Instant now = Instant.now();
    Contract contract =
        new Contract(
            UUID.randomUUID().toString(),
            Side.BUYER,
            me,
            provider.id(),
            buyer.name(),
            provider.name(),
            c.number(),
            c.title(),
            c.budgetLine(),
            c.term(),
            c.totalAmount(),
            Contract.MONTHLY_BY_UNITS,
            c.performanceTargets(),
            ContractStatus.DRAFT,
            1,
            false,
            requestContext.actor(),
            now,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    repository.addContract(contract);
    repository.addVersion(
        contract,
        new ContractVersion(
            1,
            c.term().start(),
            c.term().end(),
            c.totalAmount(),
            null,
            requestContext.actor(),
            now,
            items));
    auditLog.record(
        "PURCHASE_CONTRACT_DRAFTED",
        "purchase_contract",
        contract.id(),
        null,
        "{\"number\":\"" + c.number() + "\",\"total\":" + c.totalAmount() + "}");
    return get(contract.id());
  }

  /** The contracted quantities at their unit prices fit in the total amount. */
  static void requireWithinTotal(List<ContractItem> items, long total) {
    long sum = 0;
    for (ContractItem i : items) {
      sum = Math.addExact(sum, Math.multiplyExact(i.unitPrice(), (long) i.quantity()));
    }
    if (sum > total) {
      throw DomainException.rule("ITEMS_EXCEED_TOTAL");
    }
  }

  public ContractDetail submit(String id) {
    Contract c = locked(id).proposed(Instant.now());
    repository.updateContract(c);
    String result = peer.offerContract(id);
    if (!"OK".equals(result)) {
      throw DomainException.rule("PROVIDER_NOT_FOUND").with(c.providerOrg());
    }
    audit("PURCHASE_CONTRACT_PROPOSED", c);
    return get(id);
  }

  public ContractDetail decide(String id, boolean accept, String reason) {
    Contract c = locked(id).decided(accept, requestContext.actor(), Instant.now(), reason);
    repository.updateContract(c);
    follow(id);
    audit(accept ? "PURCHASE_CONTRACT_ACCEPTED" : "PURCHASE_CONTRACT_DECLINED", c);
    return get(id);
  }

  /**
   * A new version proposed to the provider: it applies only once the provider's org admin accepts
   * it, so the header (current version, term end, total) stays until then. One open proposal at a
   * time; it starts after the last version in force and not before today (an acceptance may not
   * reprice days already served).
   */
  public ContractDetail amend(AmendContract a) {
    Contract current = locked(a.id());
    current.requireSide(Side.BUYER);
    current.requireStatus(ContractStatus.ACTIVE);
    Map<Integer, Amendment> answers = amendments.ofContract(a.id());
    if (answers.values().stream().anyMatch(x -> x.state() == AmendmentState.PROPOSED)) {
      throw DomainException.conflict("AMENDMENT_PENDING");
    }
    List<ContractVersion> versions = repository.versions(a.id());
    ContractVersion last = versions.get(versions.size() - 1);
    ContractVersion lastInForce =
        versions.stream()
            .filter(v -> Amendment.inForce(v.version(), answers.get(v.version())))
            .reduce((x, y) -> y)
            .orElse(versions.get(0));
    if (a.effectiveFrom() == null
        || !a.effectiveFrom().isAfter(lastInForce.effectiveFrom())
        || a.effectiveFrom().isBefore(LocalDate.now(Amendments.CHINA))) {
      throw DomainException.invalidField("effectiveFrom", "AMENDMENT_DATE_INVALID");
    }
    LocalDate end = a.termEnd() == null ? current.term().end() : a.termEnd();
    if (a.effectiveFrom().isAfter(end)) {
      throw DomainException.invalidField("effectiveFrom", "AMENDMENT_DATE_INVALID");
    }
    // The longer term is checked against its limit before anything is written.
    Contract amended = current.amended(last.version() + 1, end, a.totalAmount());
    List<ContractItem> items = ContractItem.catalogue(a.items());
    requireWithinTotal(items, a.totalAmount());
    Instant now = Instant.now();
    repository.addVersion(
        amended,
        new ContractVersion(
            last.version() + 1,
            a.effectiveFrom(),
            end,
            a.totalAmount(),
            a.note(),
            requestContext.actor(),
            now,
            items));
    amendments.add(
        current, Amendment.proposed(a.id(), last.version() + 1, requestContext.actor(), now));
    follow(a.id());
    if (!"OK".equals(amendments.follow(a.id(), last.version() + 1))) {
      throw DomainException.conflict("CONTRACT_PEER_MISMATCH");
    }
    audit("PURCHASE_CONTRACT_AMENDED", amended);
    return get(a.id());
  }

  public ContractDetail publish(String id, boolean published) {
    Contract c = locked(id).published(published);
    repository.updateContract(c);
    follow(id);
    audit(published ? "PURCHASE_CONTRACT_PUBLISHED" : "PURCHASE_CONTRACT_UNPUBLISHED", c);
    return get(id);
  }

  public ContractDetail terminate(String id, LocalDate on, String reason) {
    Contract c = locked(id).terminated(requestContext.actor(), Instant.now(), on, reason);
    repository.updateContract(c);
    follow(id);
    audit("PURCHASE_CONTRACT_TERMINATED", c);
    return get(id);
  }

  public ContractDetail get(String id) {
    Contract c = repository.findContract(id).orElseThrow(Contracts::notFound);
    return new ContractDetail(c, repository.versions(id), amendments.ofContract(id));
  }

  public Page<Contract> list(ContractStatus status, PageRequest page) {
    PageRequest.After<Instant> after = page.afterInstantAndId();
    List<Contract> fetched =
        repository.listContracts(
            status,
            null,
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1);
    return page.page(fetched, c -> PageRequest.key(c.createdAt(), c.id()));
  }

  private void follow(String id) {
    if (!"OK".equals(peer.followContract(id))) {
      throw DomainException.conflict("CONTRACT_PEER_MISMATCH");
    }
  }

  private void audit(String action, Contract c) {
    auditLog.record(
        action,
        "purchase_contract",
        c.id(),
        null,
        "{\"status\":\"" + c.status() + "\",\"version\":" + c.currentVersion() + "}");
  }

  Contract locked(String id) {
    return repository.lockContract(id).orElseThrow(Contracts::notFound);
  }

  static DomainException notFound() {
    return DomainException.notFound("CONTRACT_NOT_FOUND");
  }
}
