package org.linli.volunteer.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.certificate.application.CertificateCommands.IssueCertificate;
import org.linli.volunteer.certificate.application.CertificateCommands.RevokeCertificate;
import org.linli.volunteer.certificate.domain.Certificate;
import org.linli.volunteer.certificate.domain.CertificateFacts;
import org.linli.volunteer.certificate.domain.CertificateRepository;
import org.linli.volunteer.certificate.domain.CertificateSeal;
import org.linli.volunteer.certificate.domain.CertificateStatus;
import org.linli.volunteer.certificate.domain.Period;
import org.linli.volunteer.certificate.infrastructure.CertificateKeys;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerRepository;

/**
 * Staff issue, list, print and revoke a volunteer's service certificates (Art. 15/17). Issued free
 * of charge; every issue and revocation is audited.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Certificates {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject CertificateRepository certificates;
  @Inject VolunteerRepository volunteers;
  @Inject CertificateFactsSource factsSource;
  @Inject CertificateKeys keys;
  @Inject CertificatePrinter printer;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;
  @Inject Event<CertificateIssued> issuedEvents;

  public Certificate issue(IssueCertificate cmd) {
    LocalDate today = LocalDate.now(CHINA);
    Period period = Period.chosen(cmd.from(), cmd.to(), today);
    Volunteer volunteer = volunteer(cmd.volunteerId());
    CertificateFacts facts =
        factsSource.facts(
            volunteer,
            period,
            cmd.purpose(),
            certificates.nextCertificateNo(today.getYear()),
            today);
    String canonical = facts.toCanonicalJson();
    // Without a key this fails with 503 and the transaction, number included, is rolled back.
    CertificateSeal seal = keys.seal(canonical);
    Certificate certificate =
        Certificate.issue(
            UUID.randomUUID().toString(),
            volunteer.id(),
            facts,
            canonical,
            seal,
            requestContext.actor(),
            Instant.now());
    certificates.add(certificate);
    auditLog.record(
        "CERTIFICATE_ISSUED",
        "certificate",
        certificate.id(),
        null,
        Json.createObjectBuilder()
            .add("certificateNo", certificate.certificateNo())
            .add("volunteerId", volunteer.id())
            .add("digest", seal.digest())
            .build()
            .toString());
    issuedEvents.fire(
        new CertificateIssued(
            requestContext.tenant().value(),
            certificate.id(),
            certificate.certificateNo(),
            volunteer.id(),
            facts.volunteer().name(),
            facts.volunteer().volunteerNo(),
            facts.volunteer().idNumberMasked(),
            facts.issuer().name(),
            facts.issuer().creditCode(),
            facts.issueDate(),
            facts.period().from(),
            facts.period().to(),
            facts.purpose(),
            facts.totalMinutes(),
            facts.records().size(),
            seal.digest()));
    return certificate;
  }

  public Certificate revoke(RevokeCertificate cmd) {
    Certificate certificate = get(cmd.volunteerId(), cmd.certificateId());
    certificate.revoke(cmd.reason(), requestContext.actor(), Instant.now());
    auditLog.record(
        "CERTIFICATE_REVOKED",
        "certificate",
        certificate.id(),
        "{\"status\":\"VALID\"}",
        Json.createObjectBuilder()
            .add("status", CertificateStatus.REVOKED.name())
            .add("reason", cmd.reason())
            .build()
            .toString());
    return certificate;
  }

  public Page<Certificate> ofVolunteer(String volunteerId, PageRequest page) {
    var after = page.afterInstantAndId();
    return page.page(
        certificates.ofVolunteer(
            volunteer(volunteerId).id(),
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1),
        c -> PageRequest.key(c.issuedAt(), c.id()));
  }

  /** A certificate of this volunteer; another volunteer's (or tenant's) id is not found. */
  public Certificate get(String volunteerId, String certificateId) {
    return certificates
        .find(certificateId)
        .filter(c -> c.volunteerId().equals(volunteerId))
        .orElseThrow(() -> DomainException.notFound("CERTIFICATE_NOT_FOUND"));
  }

  /** The printable certificate (see {@link CertificatePrinter}). */
  public CertificatePrinter.Printed pdf(String volunteerId, String certificateId) {
    return printer.print(get(volunteerId, certificateId), requestContext.tenant().value());
  }

  private Volunteer volunteer(String volunteerId) {
    return volunteers
        .find(volunteerId)
        .orElseThrow(() -> DomainException.notFound("VOLUNTEER_NOT_FOUND"));
  }
}
