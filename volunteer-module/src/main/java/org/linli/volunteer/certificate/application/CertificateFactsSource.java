package org.linli.volunteer.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.TenantSession;
import org.linli.tenant.domain.org.Organization;
import org.linli.tenant.domain.org.OrganizationRepository;
import org.linli.tenant.domain.person.PersonRepository;
import org.linli.volunteer.certificate.domain.CertificateFacts;
import org.linli.volunteer.certificate.domain.CertificateFacts.Holder;
import org.linli.volunteer.certificate.domain.CertificateFacts.Issuer;
import org.linli.volunteer.certificate.domain.CertificateFacts.ServiceItem;
import org.linli.volunteer.certificate.domain.Period;
import org.linli.volunteer.record.domain.ServiceRecord;
import org.linli.volunteer.record.domain.ServiceRecordRepository;
import org.linli.volunteer.registration.domain.Volunteer;

/**
 * Gathers what a certificate states from the records of the transaction's tenant: approved service
 * only (pending, rejected and superseded records are not attested), the volunteer's masked ID
 * number as the person record stores it, and the issuing organization.
 */
@ApplicationScoped
class CertificateFactsSource {
  /** A longer list is no longer a readable certificate: staff should choose a shorter period. */
  static final int MAX_RECORDS = 500;

  @Inject ServiceRecordRepository records;
  @Inject PersonRepository people;
  @Inject OrganizationRepository organizations;
  @Inject TenantSession tenantSession;

  CertificateFacts facts(
      Volunteer volunteer, Period period, String purpose, String certificateNo, LocalDate today) {
    List<ServiceRecord> approved =
        records.approvedBetween(volunteer.id(), period.from(), period.to(), MAX_RECORDS + 1);
    if (approved.isEmpty()) {
      throw DomainException.rule("NO_APPROVED_SERVICE");
    }
    if (approved.size() > MAX_RECORDS) {
      throw DomainException.rule("TOO_MANY_RECORDS");
    }
    String idNumberMasked =
        people
            .find(volunteer.personId())
            .orElseThrow(() -> new IllegalStateException("Volunteer without person"))
            .idNumberMasked();
    Organization org =
        organizations
            .find(tenantSession.current().value())
            .orElseThrow(() -> new IllegalStateException("Tenant without organization"));
    return CertificateFacts.of(
        certificateNo,
        today,
        // 负责人: the organization's registered contact for now; a dedicated legal representative /
        // certificate signatory field in the organization settings should replace it.
        new Issuer(org.id(), org.name(), org.creditCode(), org.contactName()),
        new Holder(volunteer.name(), idNumberMasked, volunteer.volunteerNo()),
        period,
        purpose == null || purpose.isBlank() ? null : purpose.strip(),
        approved.stream()
            .map(r -> new ServiceItem(r.serviceDate(), r.activityName(), r.content(), r.minutes()))
            .toList());
  }
}
