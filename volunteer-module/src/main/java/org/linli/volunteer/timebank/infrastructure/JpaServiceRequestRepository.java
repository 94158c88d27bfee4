package org.linli.volunteer.timebank.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.linli.volunteer.timebank.domain.ServiceRequest;
import org.linli.volunteer.timebank.domain.ServiceRequestRepository;
import org.linli.volunteer.timebank.domain.ServiceRequestStatus;

@ApplicationScoped
public class JpaServiceRequestRepository implements ServiceRequestRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Override
  public Optional<ServiceRequest> find(String id) {
    return em.createQuery("SELECT r FROM ServiceRequest r WHERE r.id = :id", ServiceRequest.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ServiceRequest> lock(String id) {
    return em.createQuery("SELECT r FROM ServiceRequest r WHERE r.id = :id", ServiceRequest.class)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(ServiceRequest request) {
    em.persist(request);
    em.flush();
  }

  @Override
  public List<ServiceRequest> list(
      ServiceRequestStatus status, String involving, String afterId, int limit) {
    var query =
        em.createQuery(
                "SELECT r FROM ServiceRequest r WHERE r.id > :after"
                    + (status == null ? "" : " AND r.status = :status")
                    + (involving == null
                        ? ""
                        : " AND (r.requesterVolunteerId = :me OR r.providerVolunteerId = :me)")
                    + " ORDER BY r.id",
                ServiceRequest.class)
            .setParameter("after", afterId == null ? "" : afterId);
    if (status != null) {
      query.setParameter("status", status);
    }
    if (involving != null) {
      query.setParameter("me", involving);
    }
    return query.setMaxResults(limit).getResultList();
  }
}
