package org.linli.volunteer.registration.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.tenancy.TenantSession;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerRepository;
import org.linli.volunteer.registration.domain.VolunteerStatus;

@ApplicationScoped
public class JpaVolunteerRepository implements VolunteerRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @jakarta.inject.Inject TenantSession tenantSession;

  @Override
  public Optional<Volunteer> find(String id) {
    return one("SELECT v FROM Volunteer v WHERE v.id = :p", id);
  }

  @Override
  public Optional<Volunteer> findByPerson(String personId) {
    return one("SELECT v FROM Volunteer v WHERE v.personId = :p", personId);
  }

  @Override
  public void add(Volunteer volunteer) {
    em.persist(volunteer);
    em.flush();
  }

  @Override
  public List<Volunteer> list(VolunteerStatus status, String afterId, int limit) {
    var query =
        em.createQuery(
                "SELECT v FROM Volunteer v WHERE v.id > :after"
                    + (status == null ? "" : " AND v.status = :status")
                    + " ORDER BY v.id",
                Volunteer.class)
            .setParameter("after", afterId == null ? "" : afterId);
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.setMaxResults(limit).getResultList();
  }

  @Override
  public List<Volunteer> listByNumber(String afterNo, int limit) {
    return em.createQuery(
            "SELECT v FROM Volunteer v WHERE v.volunteerNo > :after ORDER BY v.volunteerNo",
            Volunteer.class)
        .setParameter("after", afterNo == null ? "" : afterNo)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Volunteer> findAll(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of(); // "IN ()" is not valid SQL
    }
    return em.createQuery("SELECT v FROM Volunteer v WHERE v.id IN :ids", Volunteer.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public String nextVolunteerNo(int year) {
    // One counter row per tenant and year, incremented under its row lock.
    Number next =
        (Number)
            em.createNativeQuery(
                    "INSERT INTO volunteer_counter (tenant_id, year, last_no) VALUES (?1, ?2, 1)"
                        + " ON CONFLICT (tenant_id, year) DO UPDATE SET last_no ="
                        + " volunteer_counter.last_no + 1 RETURNING last_no")
                .setParameter(1, tenantSession.current().value())
                .setParameter(2, year)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getSingleResult();
    return String.format("%d%06d", year, next.longValue());
  }

  private Optional<Volunteer> one(String jpql, String value) {
    return em.createQuery(jpql, Volunteer.class)
        .setParameter("p", value)
        .getResultStream()
        .findFirst();
  }
}
