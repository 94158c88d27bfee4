package org.linli.volunteer.record.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.linli.kernel.persistence.Conditions;
import org.linli.volunteer.record.domain.RecordStatus;
import org.linli.volunteer.record.domain.ServiceRecord;
import org.linli.volunteer.record.domain.ServiceRecordRepository;

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
  public Optional<ServiceRecord> findByServiceOrder(String orderId) {
    return em.createQuery(
            "SELECT r FROM ServiceRecord r WHERE r.serviceOrderId = :o", ServiceRecord.class)
        .setParameter("o", orderId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(ServiceRecord record) {
    em.persist(record);
    em.flush();
  }

  @Override
  public List<ServiceRecord> list(Filter filter, String afterId, int limit) {
    Conditions conditions =
        new Conditions()
            .equal("r.status", filter.status())
            .equal("r.volunteerId", filter.volunteerId())
            .equal("r.activityId", filter.activityId())
            .atLeast("r.serviceDate", filter.from())
            .atMost("r.serviceDate", filter.to())
            .afterId("r.id", afterId);
    return conditions
        .bind(
            em.createQuery(
                "SELECT r FROM ServiceRecord r" + conditions.where() + " ORDER BY r.id",
                ServiceRecord.class))
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<ServiceRecord> pendingServedOnOrBefore(
      LocalDate day, LocalDate afterDate, String afterId, int limit) {
    Conditions conditions =
        new Conditions()
            .equal("r.status", RecordStatus.PENDING)
            .atMost("r.serviceDate", day)
            .after("r.serviceDate", "r.id", afterDate, afterId, false);
    return conditions
        .bind(
            em.createQuery(
                "SELECT r FROM ServiceRecord r"
                    + conditions.where()
                    + " ORDER BY r.serviceDate, r.id",
                ServiceRecord.class))
        .setMaxResults(limit)
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

  @Override
  public Map<String, Long> approvedMinutesByVolunteer(Collection<String> volunteerIds) {
    if (volunteerIds.isEmpty()) {
      return Map.of(); // "IN ()" is not valid SQL
    }
    return em
        .createQuery(
            "SELECT r.volunteerId, SUM(r.minutes) FROM ServiceRecord r"
                + " WHERE r.status = :s AND r.volunteerId IN :ids GROUP BY r.volunteerId",
            Object[].class)
        .setParameter("s", RecordStatus.APPROVED)
        .setParameter("ids", volunteerIds)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
  }

  @Override
  public List<ServiceRecord> listByServiceDate(
      LocalDate from, LocalDate to, DateKey after, int limit) {
    List<String> where = new ArrayList<>();
    if (from != null) {
      where.add("r.serviceDate >= :from");
    }
    if (to != null) {
      where.add("r.serviceDate <= :to");
    }
    if (after != null) {
      where.add("(r.serviceDate > :afterDate OR (r.serviceDate = :afterDate AND r.id > :afterId))");
    }
    var query =
        em.createQuery(
            "SELECT r FROM ServiceRecord r"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY r.serviceDate, r.id",
            ServiceRecord.class);
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    if (after != null) {
      query.setParameter("afterDate", after.serviceDate()).setParameter("afterId", after.id());
    }
    return query.setMaxResults(limit).getResultList();
  }

  @Override
  public List<ServiceRecord> approvedBetween(
      String volunteerId, LocalDate from, LocalDate to, int limit) {
    return em.createQuery(
            "SELECT r FROM ServiceRecord r WHERE r.volunteerId = :v AND r.status = :s"
                + " AND r.serviceDate BETWEEN :from AND :to ORDER BY r.serviceDate, r.startedAt, r.id",
            ServiceRecord.class)
        .setParameter("v", volunteerId)
        .setParameter("s", RecordStatus.APPROVED)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(limit)
        .getResultList();
  }
}
