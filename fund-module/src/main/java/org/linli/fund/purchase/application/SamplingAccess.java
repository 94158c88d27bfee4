package org.linli.fund.purchase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.fund.purchase.domain.Contract;
import org.linli.fund.purchase.domain.ContractStatus;
import org.linli.fund.purchase.domain.PurchaseRepository;
import org.linli.fund.purchase.domain.Side;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.tenancy.RequestContext;

/**
 * Who may do what in acceptance and sampling: the contract is looked up on the caller's copy first
 * (another tenant's contract is not found); the buyer's org admins and auditors draw, check and
 * issue; the provider's org admins and staff answer. Called inside the use cases' transactions.
 */
@ApplicationScoped
public class SamplingAccess {
  @Inject PurchaseRepository purchase;
  @Inject RequestContext requestContext;

  /** The caller's copy of the contract, read by a role of the caller's side. */
  public Contract readable(String contractId) {
    Contract c = purchase.findContract(contractId).orElseThrow(Contracts::notFound);
    boolean buyer = c.side() == Side.BUYER;
    if (buyer ? !buyerChecker() : !(has(OrgRole.ORG_ADMIN) || has(OrgRole.STAFF))) {
      throw DomainException.forbidden(buyer ? "SAMPLING_BUYER_ROLE" : "SAMPLING_PROVIDER_ROLE");
    }
    return c;
  }

  /** The buyer's copy of a contract that has been in force, for an org admin or auditor. */
  public Contract buyerSide(String contractId) {
    Contract c = readable(contractId);
    if (c.side() != Side.BUYER) {
      throw DomainException.forbidden("SAMPLING_BUYER_ONLY");
    }
    if (c.status() != ContractStatus.ACTIVE && c.status() != ContractStatus.TERMINATED) {
      throw DomainException.conflict("CONTRACT_NOT_ACTIVE").with(c.status().name());
    }
    return c;
  }

  /** The provider's copy, for its org admin or staff. */
  public Contract providerSide(String contractId) {
    Contract c = readable(contractId);
    if (c.side() != Side.PROVIDER) {
      throw DomainException.forbidden("RECTIFICATION_PROVIDER_ONLY");
    }
    return c;
  }

  public void requireOrgAdmin() {
    if (!has(OrgRole.ORG_ADMIN)) {
      throw DomainException.forbidden("SAMPLING_BUYER_ROLE");
    }
  }

  private boolean buyerChecker() {
    return has(OrgRole.ORG_ADMIN) || has(OrgRole.AUDITOR);
  }

  private boolean has(OrgRole role) {
    return requestContext.hasOrgRole(role.wireName());
  }
}
