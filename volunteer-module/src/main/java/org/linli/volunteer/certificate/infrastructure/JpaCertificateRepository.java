package org.linli.volunteer.certificate.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.persistence.Conditions;
import org.linli.kernel.tenancy.TenantSession;
import org.linli.volunteer.certificate.domain.Certificate;
import org.linli.volunteer.certificate.domain.CertificateRepository;

@ApplicationScoped
public class JpaCertificateRepository implements CertificateRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject TenantSession tenantSession;

  @Override
  public Optional<Certificate> find(String id) {
    return one("SELECT c FROM Certificate c WHERE c.id = :p", id);
  }

  @Override
  public Optional<Certificate> findByNumber(String certificateNo) {
    return one("SELECT c FROM Certificate c WHERE c.certificateNo = :p", certificateNo);
  }

  @Override
  public List<Certificate> ofVolunteer(
      String volunteerId, Instant afterIssued, String afterId, int limit) {
    Conditions conditions =
        new Conditions()
            .equal("c.volunteerId", volunteerId)
            .after("c.issuedAt", "c.id", afterIssued, afterId, true);
    return conditions
        .bind(
            em.createQuery(
                "SELECT c FROM Certificate c"
                    + conditions.where()
                    + " ORDER BY c.issuedAt DESC, c.id",
                Certificate.class))
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void add(Certificate certificate) {
    em.persist(certificate);
    em.flush();
  }

  @Override
  public String nextCertificateNo(int year) {
    // One counter row per tenant and year, incremented under its row lock (as volunteer numbers).
    Number next =
        (Number)
            em.createNativeQuery(
                    "INSERT INTO certificate_counter (tenant_id, year, last_no) VALUES (?1, ?2, 1)"
                        + " ON CONFLICT (tenant_id, year) DO UPDATE SET last_no ="
                        + " certificate_counter.last_no + 1 RETURNING last_no")
                .setParameter(1, tenantSession.current().value())
                .setParameter(2, year)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getSingleResult();
    return String.format("ZM-%d-%06d", year, next.longValue());
  }

  private Optional<Certificate> one(String jpql, String value) {
    return em.createQuery(jpql, Certificate.class)
        .setParameter("p", value)
        .getResultStream()
        .findFirst();
  }
}
