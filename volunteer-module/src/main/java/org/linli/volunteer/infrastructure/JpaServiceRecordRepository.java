package org.linli.volunteer.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.linli.volunteer.domain.record.RecordStatus;
import org.linli.volunteer.domain.record.ServiceRecord;
import org.linli.volunteer.domain.record.ServiceRecordRepository;

@ApplicationScoped
public class JpaServiceRecordRepository implements ServiceRecordRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Override
  public Optional<ServiceRecord> find(String id) {
    return em.createQuery("SELECT r FROM ServiceRecord r WHERE r.id = :id", ServiceRecord.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(ServiceRecord record) {
    em.persist(record);
    em.flush();
  }

  @Override
  public List<ServiceRecord> list(
      RecordStatus status, String volunteerId, String afterId, int limit) {
    var query =
        em.createQuery(
                "SELECT r FROM ServiceRecord r WHERE r.id > :after"
                    + (status == null ? "" : " AND r.status = :status")
                    + (volunteerId == null ? "" : " AND r.volunteerId = :volunteer")
                    + " ORDER BY r.id",
                ServiceRecord.class)
            .setParameter("after", afterId == null ? "" : afterId);
    if (status != null) {
      query.setParameter("status", status);
    }
    if (volunteerId != null) {
      query.setParameter("volunteer", volunteerId);
    }
    return query.setMaxResults(limit).getResultList();
  }

  @Override
  public List<ServiceRecord> pendingServedOnOrBefore(LocalDate day) {
    return em.createQuery(
            "SELECT r FROM ServiceRecord r WHERE r.status = :s AND r.serviceDate <= :d"
                + " ORDER BY r.serviceDate, r.id",
            ServiceRecord.class)
        .setParameter("s", RecordStatus.PENDING)
        .setParameter("d", day)
        .setMaxResults(500)
        .getResultList();
  }

  @Override
  public long approvedMinutesOf(String volunteerId) {
    Long sum =
        em.createQuery(
                "SELECT SUM(r.minutes) FROM ServiceRecord r WHERE r.volunteerId = :v AND r.status = :s",
                Long.class)
            .setParameter("v", volunteerId)
            .setParameter("s", RecordStatus.APPROVED)
            .getSingleResult();
    return sum == null ? 0 : sum;
  }
}
