package org.linli.tenant.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.linli.tenant.domain.org.Organization;
import org.linli.tenant.domain.org.OrganizationRepository;

@ApplicationScoped
public class JpaOrganizationRepository implements OrganizationRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Override
  public Optional<Organization> find(String id) {
    return Optional.ofNullable(em.find(Organization.class, id));
  }

  @Override
  public boolean existsWithCreditCode(String creditCode) {
    return !em.createQuery("SELECT o.id FROM Organization o WHERE o.creditCode = :c", String.class)
        .setParameter("c", creditCode)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(Organization organization) {
    em.persist(organization);
    em.flush(); // tenant rows written next by native SQL (audit chain) reference it
  }

  @Override
  public List<Organization> search(OrgSearch search, String afterId, int limit) {
    StringBuilder jpql = new StringBuilder("SELECT o FROM Organization o WHERE o.id > :after");
    if (search.text() != null) {
      jpql.append(" AND (LOWER(o.name) LIKE :text OR o.id LIKE :text OR o.creditCode = :code)");
    }
    if (search.type() != null) {
      jpql.append(" AND o.type = :type");
    }
    if (search.status() != null) {
      jpql.append(" AND o.status = :status");
    }
    jpql.append(" ORDER BY o.id");
    TypedQuery<Organization> q =
        em.createQuery(jpql.toString(), Organization.class)
            .setParameter("after", afterId == null ? "" : afterId);
    if (search.text() != null) {
      q.setParameter("text", "%" + escapeLike(search.text().toLowerCase()) + "%");
      q.setParameter("code", search.text().toUpperCase());
    }
    if (search.type() != null) {
      q.setParameter("type", search.type());
    }
    if (search.status() != null) {
      q.setParameter("status", search.status());
    }
    return q.setMaxResults(limit).getResultList();
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
