package org.linli.fund.donation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.linli.fund.donation.application.DonationCommands.RegisterDonor;
import org.linli.fund.donation.domain.DonationRepository;
import org.linli.fund.donation.domain.Donor;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.crypto.PiiCipher;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.tenant.domain.org.UnifiedSocialCreditCode;
import org.linli.tenant.domain.person.IdentityDocument;

/**
 * Registering donors. A person's ID number is validated like every other ID number on the platform
 * and stored only encrypted (its mask beside it); a company's 统一社会信用代码 must pass its checksum and
 * is registered once per organization.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Donors {
  static final String ID_CONTEXT = "donor.id_number";

  @Inject DonationRepository repository;
  @Inject PiiCipher cipher;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  public Donor register(RegisterDonor c) {
    String id = UUID.randomUUID().toString();
    String by = requestContext.actor();
    Instant now = Instant.now();
    Donor donor =
        switch (c.kind()) {
          case INDIVIDUAL -> individual(id, c, by, now);
          case COMPANY -> {
            String code = UnifiedSocialCreditCode.parse(c.creditCode()).value();
            if (repository.creditCodeTaken(code)) {
              throw DomainException.conflict("DONOR_ALREADY_REGISTERED");
            }
            yield Donor.company(id, c.name(), code, c.contact(), by, now);
          }
          case ANONYMOUS -> Donor.anonymous(id, by, now);
        };
    repository.addDonor(donor);
    auditLog.record(
        "DONOR_REGISTERED", "donation_donor", id, null, "{\"kind\":\"" + c.kind() + "\"}");
    return donor;
  }

  private Donor individual(String id, RegisterDonor c, String by, Instant now) {
    if (c.creditCode() != null) {
      throw DomainException.invalidField("creditCode", "CREDIT_CODE_FOR_COMPANIES_ONLY");
    }
    if (c.idNumber() == null || c.idNumber().isBlank()) {
      return Donor.individual(id, c.name(), null, null, null, c.contact(), by, now);
    }
    String type = c.idType() == null ? IdentityDocument.RESIDENT_ID : c.idType();
    IdentityDocument doc = IdentityDocument.parse(type, c.idNumber());
    return Donor.individual(
        id,
        c.name(),
        doc.type(),
        cipher.encrypt(doc.number(), ID_CONTEXT),
        doc.masked(),
        c.contact(),
        by,
        now);
  }

  public Donor get(String donorId) {
    return repository
        .findDonor(donorId)
        .orElseThrow(() -> DomainException.notFound("DONOR_NOT_FOUND"));
  }

  public Page<Donor> list(Donor.Kind kind, PageRequest page) {
    return page.page(repository.donors(kind, page.afterId(), page.limit() + 1), Donor::id);
  }
}
