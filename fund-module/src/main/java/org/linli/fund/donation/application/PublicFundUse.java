package org.linli.fund.donation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.linli.fund.accounting.domain.Fund;
import org.linli.fund.accounting.domain.FundRepository;
import org.linli.fund.accounting.domain.VoucherRepository;
import org.linli.fund.accounting.domain.VoucherRepository.PostingLine;
import org.linli.fund.donation.domain.Donation;
import org.linli.fund.donation.domain.DonationRepository;
import org.linli.fund.ledger.domain.LedgerRepository;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantSession;
import org.linli.tenant.domain.org.OrganizationRepository;

/**
 * Where a gift went, for its donor, without staff help: the link holds an unguessable token (128
 * random bits) per donation. No organization was admitted for such a request, so the transaction is
 * bound to the one named in the path and row level security confines every read to it. The books'
 * use cases are bound to an admitted organization, so this reads the books' repositories (the same
 * fund-charges read as {@code Funds.charges}) directly. Beneficiaries are never named.
 */
@ApplicationScoped
public class PublicFundUse {
  static final int MAX_CHARGES = 500;

  @Inject TenantSession tenantSession;
  @Inject DonationRepository donations;
  @Inject FundRepository funds;
  @Inject VoucherRepository vouchers;
  @Inject LedgerRepository ledger;
  @Inject OrganizationRepository organizations;

  public record FundUse(
      String organizationName,
      Donation donation,
      String donorName,
      Fund fund,
      Long fundBalance,
      List<PostingLine> charges) {}

  @Transactional
  public FundUse view(String org, String token) {
    TenantId tenant;
    try {
      tenant = TenantId.of(org);
    } catch (DomainException malformed) {
      throw notFound();
    }
    if (token == null || !token.matches("[A-Za-z0-9_-]{22}")) {
      throw notFound();
    }
    tenantSession.bind(tenant);
    Donation d = donations.findByPublicToken(token).orElseThrow(PublicFundUse::notFound);
    String donor = donations.findDonor(d.donorId()).map(PublicFundUse::maskedName).orElse("匿名");
    String orgName = organizations.find(tenant.value()).map(o -> o.name()).orElse(org);
    if (d.fundId() == null) {
      return new FundUse(orgName, d, donor, null, null, List.of());
    }
    UUID fundId = UUID.fromString(d.fundId());
    Fund fund = funds.find(fundId).orElseThrow(PublicFundUse::notFound);
    Long balance = ledger.findAccount(fund.ledgerAccountId()).map(a -> a.balance()).orElse(null);
    return new FundUse(orgName, d, donor, fund, balance, vouchers.fundCharges(fundId, MAX_CHARGES));
  }

  /** A company keeps its name; a person shows only the first character (张**). */
  static String maskedName(org.linli.fund.donation.domain.Donor donor) {
    return switch (donor.kind()) {
      case COMPANY, ANONYMOUS -> donor.name();
      case INDIVIDUAL -> Anonymize.name(donor.name());
    };
  }

  private static DomainException notFound() {
    return DomainException.notFound("FUND_USE_NOT_FOUND");
  }
}
