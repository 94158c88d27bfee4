package org.linli.volunteer.registration.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.tenancy.TenantSession;
import org.linli.tenant.domain.person.Person;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerFilter;
import org.linli.volunteer.registration.domain.VolunteerRepository;

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
  public List<Volunteer> search(VolunteerFilter filter, String afterId, int limit) {
    StringBuilder jpql = new StringBuilder("SELECT v FROM Volunteer v WHERE v.id > :after");
    if (filter.status() != null) {
      jpql.append(" AND v.status = :status");
    }
    if (filter.searches()) {
      // Any of the alternatives; '!' escapes LIKE's wildcards typed by the user.
      jpql.append(" AND (LOWER(v.name) LIKE :name ESCAPE '!'");
      if (filter.volunteerNo() != null) {
        jpql.append(" OR v.volunteerNo = :no");
      }
      if (filter.phoneLast4() != null) {
        jpql.append(
            " OR EXISTS (SELECT p.id FROM Person p WHERE p.id = v.personId"
                + " AND p.phoneMasked LIKE :tail)");
      }
      if (!filter.personIds().isEmpty()) {
        jpql.append(" OR v.personId IN :people");
      }
      jpql.append(")");
    }
    var query =
        em.createQuery(jpql.append(" ORDER BY v.id").toString(), Volunteer.class)
            .setParameter("after", afterId == null ? "" : afterId);
    if (filter.status() != null) {
      query.setParameter("status", filter.status());
    }
    if (filter.searches()) {
      query.setParameter(
          "name", "%" + likeEscaped(filter.nameContains().toLowerCase(Locale.ROOT)) + "%");
      if (filter.volunteerNo() != null) {
        query.setParameter("no", filter.volunteerNo());
      }
      if (filter.phoneLast4() != null) {
        query.setParameter("tail", "%" + filter.phoneLast4());
      }
      if (!filter.personIds().isEmpty()) {
        query.setParameter("people", filter.personIds());
      }
    }
    return query.setMaxResults(limit).getResultList();
  }

  private static String likeEscaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  @Override
  public List<Person> volunteerPeopleWithMaskedPhone(String phoneMasked) {
    // The volunteer subquery is tenant-filtered (and RLS-guarded): other tenants' people stay out.
    return em.createQuery(
            "SELECT p FROM Person p WHERE p.phoneMasked = :masked"
                + " AND p.id IN (SELECT v.personId FROM Volunteer v)",
            Person.class)
        .setParameter("masked", phoneMasked)
        .getResultList();
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
