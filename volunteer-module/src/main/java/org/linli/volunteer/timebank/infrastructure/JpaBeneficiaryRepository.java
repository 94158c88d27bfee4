package org.linli.volunteer.timebank.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.tenancy.TenantSession;
import org.linli.volunteer.timebank.domain.Beneficiary;
import org.linli.volunteer.timebank.domain.BeneficiaryRepository;

@ApplicationScoped
public class JpaBeneficiaryRepository implements BeneficiaryRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject TenantSession tenantSession;

  @Override
  public Optional<Beneficiary> find(String id) {
    return em.createQuery("SELECT b FROM Beneficiary b WHERE b.id = :id", Beneficiary.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean add(Beneficiary b) {
    // Native, for ON CONFLICT: two staff registering the same relative at once get one row and a
    // 409, never a constraint error.
    return em.createNativeQuery(
                "INSERT INTO time_beneficiary (tenant_id, id, volunteer_id, person_id, relation,"
                    + " name, birth_date, evidence, registered_by, created_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
                    + " ON CONFLICT (tenant_id, volunteer_id, person_id) DO NOTHING")
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .setParameter(1, tenantSession.current().value())
            .setParameter(2, b.id())
            .setParameter(3, b.volunteerId())
            .setParameter(4, b.personId())
            .setParameter(5, b.relation().name())
            .setParameter(6, b.name())
            .setParameter(7, Date.valueOf(b.birthDate()))
            .setParameter(8, b.evidence())
            .setParameter(9, b.registeredBy())
            .setParameter(10, Timestamp.from(b.createdAt()))
            .executeUpdate()
        == 1;
  }

  @Override
  public List<Beneficiary> list(String volunteerId, String afterId, int limit) {
    var query =
        em.createQuery(
                "SELECT b FROM Beneficiary b WHERE b.id > :after"
                    + (volunteerId == null ? "" : " AND b.volunteerId = :volunteer")
                    + " ORDER BY b.id",
                Beneficiary.class)
            .setParameter("after", afterId == null ? "" : afterId);
    if (volunteerId != null) {
      query.setParameter("volunteer", volunteerId);
    }
    return query.setMaxResults(limit).getResultList();
  }
}
