package org.linli.tenant.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.linli.kernel.security.OrgRole;
import org.linli.tenant.domain.membership.Membership;
import org.linli.tenant.domain.membership.MembershipRepository;
import org.linli.tenant.domain.membership.MembershipStatus;

/** Every query here is filtered to the transaction's tenant by EclipseLink and by RLS. */
@ApplicationScoped
public class JpaMembershipRepository implements MembershipRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Override
  public Optional<Membership> find(String personId) {
    // A query, not em.find: the tenant column is part of the key, and the filter adds it.
    return em.createQuery("SELECT m FROM Membership m WHERE m.personId = :p", Membership.class)
        .setParameter("p", personId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Membership membership) {
    em.persist(membership);
  }

  @Override
  public List<Membership> listActive(String afterPersonId, int limit) {
    return em.createQuery(
            "SELECT m FROM Membership m WHERE m.status = :s AND m.personId > :after"
                + " ORDER BY m.personId",
            Membership.class)
        .setParameter("s", MembershipStatus.ACTIVE)
        .setParameter("after", afterPersonId == null ? "" : afterPersonId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long lockAndCountActiveWithRole(OrgRole role) {
    // Locks the holders' rows in a fixed order (no deadlock); a holder removed meanwhile by a
    // concurrent transaction is re-checked by PostgreSQL after the wait and no longer counted.
    // Roles are stored as a sorted comma list; match the whole name between separators.
    return em.createQuery(
            "SELECT m FROM Membership m WHERE m.status = :s AND"
                + " CONCAT(',', CONCAT(m.roles, ',')) LIKE :role ORDER BY m.personId",
            Membership.class)
        .setParameter("s", MembershipStatus.ACTIVE)
        .setParameter("role", "%," + role.wireName() + ",%")
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .size();
  }
}
