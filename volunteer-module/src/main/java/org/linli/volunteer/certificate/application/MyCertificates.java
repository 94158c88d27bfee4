package org.linli.volunteer.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantSession;
import org.linli.tenant.domain.person.PersonRepository;
import org.linli.volunteer.certificate.domain.CertificateFacts;
import org.linli.volunteer.certificate.domain.CertificateRepository;
import org.linli.volunteer.certificate.infrastructure.CertificateLinks;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerRepository;

/**
 * A person's own certificates in every organization (Art. 17: the volunteer may ask for and keep
 * the proof of their service). The list is read through the database function that returns only
 * that person's rows; a PDF binds the transaction to the organization named in the path and prints
 * only a certificate of the caller's own volunteer profile there.
 */
@ApplicationScoped
public class MyCertificates {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject RequestContext requestContext;
  @Inject PersonRepository people;
  @Inject TenantSession tenantSession;
  @Inject VolunteerRepository volunteers;
  @Inject CertificateRepository certificates;
  @Inject CertificatePrinter printer;
  @Inject CertificateLinks links;

  /**
   * {@code from}, {@code to} and {@code totalMinutes} are null when the stored text is unreadable.
   */
  public record Item(
      String org,
      String orgName,
      String id,
      String certificateNo,
      String status,
      Instant issuedAt,
      LocalDate from,
      LocalDate to,
      Long totalMinutes,
      String verificationUrl) {}

  /** Newest first; a person holds a handful, paged in memory by id. */
  @Transactional
  public Page<Item> list(PageRequest page) {
    return page.slice(all(), Item::id);
  }

  @Transactional
  public CertificatePrinter.Printed pdf(String org, String certificateId) {
    Optional<String> personId = personId();
    TenantId tenant;
    try {
      tenant = TenantId.of(org);
    } catch (DomainException malformed) {
      throw notFound(); // an unknown or malformed organization answers as a missing certificate
    }
    if (personId.isEmpty()) {
      throw notFound();
    }
    tenantSession.bind(tenant);
    String mine =
        volunteers.findByPerson(personId.get()).map(Volunteer::id).orElseThrow(this::notFound);
    var certificate =
        certificates
            .find(certificateId)
            .filter(c -> c.volunteerId().equals(mine))
            .orElseThrow(this::notFound);
    return printer.print(certificate, tenant.value());
  }

  private List<Item> all() {
    Optional<String> personId = personId();
    if (personId.isEmpty()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT * FROM certificates_of_person(?1)")
            .setParameter(1, personId.get())
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .getResultList();
    return rows.stream().map(this::item).toList();
  }

  private Item item(Object[] r) {
    String org = (String) r[0];
    String number = (String) r[3];
    Optional<CertificateFacts> facts = readable((String) r[4]);
    return new Item(
        org,
        (String) r[1],
        (String) r[2],
        number,
        (String) r[6],
        instant(r[7]),
        facts.map(f -> f.period().from()).orElse(null),
        facts.map(f -> f.period().to()).orElse(null),
        facts.map(CertificateFacts::totalMinutes).orElse(null),
        links.verificationUrl(org, number, (String) r[5]));
  }

  private Optional<String> personId() {
    return people.findByLogin(requestContext.subject().orElseThrow()).map(p -> p.id());
  }

  private static Optional<CertificateFacts> readable(String facts) {
    try {
      return Optional.of(CertificateFacts.fromJson(facts));
    } catch (IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    return value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
  }

  private DomainException notFound() {
    return DomainException.notFound("CERTIFICATE_NOT_FOUND");
  }
}
