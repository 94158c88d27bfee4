package org.linli.fund.purchase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.fund.purchase.domain.Side;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.tenant.domain.org.OrgType;
import org.linli.tenant.domain.org.OrganizationRepository;

/**
 * Who reads settlements (issue 20's roles): on the buyer's side its org admins and auditors only,
 * as for the buyer's dashboard, which shows the same money; on the provider's side its org admins,
 * staff and auditors. The buyer's other members get 403 SETTLEMENT_BUYER_ROLE. Called inside the
 * use cases' transactions, after the endpoint's own role check.
 */
@ApplicationScoped
public class SettlementReaders {
  @Inject RequestContext requestContext;
  @Inject OrganizationRepository organizations;

  /** A copy of the given side (a settlement, a contract's budget). */
  public void requireReader(Side side) {
    if (side == Side.BUYER && !buyerReader()) {
      throw forbidden();
    }
  }

  /** A listing of the caller's copies: the kind of the caller's organization decides the side. */
  public void requireListReader() {
    if (!buyerReader()) {
      String me = requestContext.tenant().value();
      if (organizations.find(me).map(o -> o.type() == OrgType.GOVERNMENT_BUYER).orElse(false)) {
        throw forbidden();
      }
    }
  }

  private boolean buyerReader() {
    return requestContext.hasOrgRole(OrgRole.ORG_ADMIN.wireName())
        || requestContext.hasOrgRole(OrgRole.AUDITOR.wireName());
  }

  private static DomainException forbidden() {
    return DomainException.forbidden("SETTLEMENT_BUYER_ROLE");
  }
}
