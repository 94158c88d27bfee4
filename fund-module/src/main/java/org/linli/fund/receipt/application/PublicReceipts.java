package org.linli.fund.receipt.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.linli.fund.receipt.domain.Receipt;
import org.linli.fund.receipt.domain.ReceiptRepository;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantSession;
import org.linli.tenant.domain.org.OrganizationRepository;

/**
 * Anyone holding a receipt checks it without a login (like certificates): the transaction is bound
 * to the organization named in the path, so row level security confines every read to it. Numbers
 * are sequential, so without the receipt's 校验码 the answer is only that the number exists and its
 * status; with it, the printed facts (a person's name masked). A stored fact changed in the
 * database no longer matches its check code and shows as not valid.
 */
@ApplicationScoped
public class PublicReceipts {
  @Inject TenantSession tenantSession;
  @Inject ReceiptRepository receipts;
  @Inject ReceiptChecks checks;
  @Inject OrganizationRepository organizations;

  /** {@code checkMatches} is null when no check code was presented. */
  public record Verification(
      Receipt receipt, boolean intact, Boolean checkMatches, String issuerName) {
    public boolean valid() {
      return intact
          && receipt.status() == Receipt.Status.ISSUED
          && !Boolean.FALSE.equals(checkMatches);
    }

    public boolean factsDisclosed() {
      return Boolean.TRUE.equals(checkMatches);
    }
  }

  @Transactional
  public Verification verify(String org, String code, String number, String presented) {
    TenantId tenant;
    try {
      tenant = TenantId.of(org);
    } catch (DomainException malformed) {
      throw notFound(); // the same answer as an unknown organization
    }
    if (code == null
        || !code.matches("[0-9]{8}")
        || number == null
        || !number.matches("[0-9]{1,10}")) {
      throw notFound();
    }
    tenantSession.bind(tenant);
    Receipt r =
        receipts.findByNumber(code, Long.parseLong(number)).orElseThrow(PublicReceipts::notFound);
    var f = r.facts();
    String recomputed =
        checks.checkCode(
            tenant.value(),
            r.receiptCode(),
            r.receiptNo(),
            f.amountFen(),
            f.issuedOn().toString(),
            f.payerName());
    boolean intact = recomputed.equals(r.checkCode());
    Boolean matches =
        presented == null || presented.isBlank() ? null : ReceiptChecks.same(presented, recomputed);
    String issuer = organizations.find(tenant.value()).map(o -> o.name()).orElse(org);
    return new Verification(r, intact, matches, issuer);
  }

  private static DomainException notFound() {
    return DomainException.notFound("RECEIPT_NOT_FOUND");
  }
}
