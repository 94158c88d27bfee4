package org.linli.fund.purchase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.linli.fund.purchase.domain.Amendment;
import org.linli.fund.purchase.domain.AmendmentRepository;
import org.linli.fund.purchase.domain.Contract;
import org.linli.fund.purchase.domain.PurchaseRepository;
import org.linli.fund.purchase.domain.Side;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantSession;

/**
 * Published contracts (公开), read without login: the transaction is bound to the buyer named in the
 * path and row level security confines the reads to it; only the buyer's own published copies are
 * shown, never a provider's copy or a draft.
 */
@ApplicationScoped
public class PublicContracts {
  @Inject TenantSession tenantSession;
  @Inject PurchaseRepository repository;
  @Inject AmendmentRepository amendments;

  @Transactional
  public Page<Contract> list(String org, PageRequest page) {
    bind(org);
    PageRequest.After<Instant> after = page.afterInstantAndId();
    List<Contract> fetched =
        repository
            .listContracts(
                null,
                true,
                after == null ? null : after.value(),
                after == null ? null : after.id(),
                page.limit() + 1)
            .stream()
            .filter(c -> c.side() == Side.BUYER)
            .toList();
    return page.page(fetched, c -> PageRequest.key(c.createdAt(), c.id()));
  }

  @Transactional
  public Contracts.ContractDetail get(String org, String id) {
    bind(org);
    Contract c =
        repository
            .findContract(id)
            .filter(x -> x.side() == Side.BUYER && x.published())
            .orElseThrow(PublicContracts::notFound);
    // The public sees what applies: version 1 and accepted amendments, not proposals or refusals.
    var answers = amendments.ofContract(id);
    return new Contracts.ContractDetail(
        c,
        repository.versions(id).stream()
            .filter(v -> Amendment.inForce(v.version(), answers.get(v.version())))
            .toList());
  }

  private void bind(String org) {
    try {
      tenantSession.bind(TenantId.of(org));
    } catch (DomainException malformed) {
      throw notFound();
    }
  }

  static DomainException notFound() {
    return DomainException.notFound("PUBLIC_CONTRACT_NOT_FOUND");
  }
}
