package org.linli.volunteer.activity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.linli.kernel.persistence.Conditions;
import org.linli.volunteer.activity.domain.Activity;
import org.linli.volunteer.activity.domain.ActivityRepository;
import org.linli.volunteer.activity.domain.ActivityStatus;
import org.linli.volunteer.activity.domain.Shift;
import org.linli.volunteer.activity.domain.ShiftSignup;
import org.linli.volunteer.activity.domain.SignupStatus;

/** Lookups by query, not em.find: the tenant column is part of every key. */
@ApplicationScoped
public class JpaActivityRepository implements ActivityRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Override
  public Optional<Activity> find(String id) {
    return em.createQuery("SELECT a FROM Activity a WHERE a.id = :id", Activity.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Activity activity) {
    em.persist(activity);
    em.flush();
  }

  @Override
  public List<Activity> list(
      ActivityStatus status, Instant from, Instant until, String afterId, int limit) {
    Conditions conditions = new Conditions().equal("a.status", status).afterId("a.id", afterId);
    String inPeriod =
        from == null && until == null
            ? ""
            : (conditions.where().isEmpty() ? " WHERE " : " AND ")
                + "EXISTS (SELECT s FROM Shift s WHERE s.activityId = a.id"
                + (from == null ? "" : " AND s.endsAt >= :periodFrom")
                + (until == null ? "" : " AND s.startsAt < :periodUntil")
                + ")";
    var query =
        conditions.bind(
            em.createQuery(
                "SELECT a FROM Activity a" + conditions.where() + inPeriod + " ORDER BY a.id",
                Activity.class));
    if (from != null) {
      query.setParameter("periodFrom", from);
    }
    if (until != null) {
      query.setParameter("periodUntil", until);
    }
    return query.setMaxResults(limit).getResultList();
  }

  @Override
  public Optional<Shift> findShift(String id) {
    return em.createQuery("SELECT s FROM Shift s WHERE s.id = :id", Shift.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Shift> lockShift(String id) {
    return em.createQuery("SELECT s FROM Shift s WHERE s.id = :id", Shift.class)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void addShift(Shift shift) {
    em.persist(shift);
    em.flush();
  }

  @Override
  public List<Shift> shiftsOf(String activityId, Instant afterStart, String afterId, int limit) {
    Conditions conditions =
        new Conditions()
            .equal("s.activityId", activityId)
            .after("s.startsAt", "s.id", afterStart, afterId, false);
    return conditions
        .bind(
            em.createQuery(
                "SELECT s FROM Shift s" + conditions.where() + " ORDER BY s.startsAt, s.id",
                Shift.class))
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<ShiftSignup> findSignup(String id) {
    return em.createQuery("SELECT s FROM ShiftSignup s WHERE s.id = :id", ShiftSignup.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean hasLiveSignup(String shiftId, String volunteerId) {
    return em.createQuery(
                "SELECT COUNT(s) FROM ShiftSignup s WHERE s.shiftId = :s AND s.volunteerId = :v"
                    + " AND s.status <> :cancelled",
                Long.class)
            .setParameter("s", shiftId)
            .setParameter("v", volunteerId)
            .setParameter("cancelled", SignupStatus.CANCELLED)
            .getSingleResult()
        > 0;
  }

  @Override
  public void addSignup(ShiftSignup signup) {
    em.persist(signup);
    em.flush();
  }

  @Override
  public List<ShiftSignup> signupsOf(String shiftId) {
    return em.createQuery(
            "SELECT s FROM ShiftSignup s WHERE s.shiftId = :s ORDER BY s.createdAt, s.id",
            ShiftSignup.class)
        .setParameter("s", shiftId)
        .getResultList();
  }

  @Override
  public List<ShiftSignup> signupsOf(
      String shiftId, SignupStatus status, Instant afterCreated, String afterId, int limit) {
    Conditions conditions =
        new Conditions()
            .equal("s.shiftId", shiftId)
            .equal("s.status", status)
            .after("s.createdAt", "s.id", afterCreated, afterId, false);
    return conditions
        .bind(
            em.createQuery(
                "SELECT s FROM ShiftSignup s" + conditions.where() + " ORDER BY s.createdAt, s.id",
                ShiftSignup.class))
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<ShiftSignup> firstWaitlisted(String shiftId) {
    return em.createQuery(
            "SELECT s FROM ShiftSignup s WHERE s.shiftId = :s AND s.status = :w ORDER BY s.waitlistSeq",
            ShiftSignup.class)
        .setParameter("s", shiftId)
        .setParameter("w", SignupStatus.WAITLISTED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public long nextWaitlistSeq(String shiftId) {
    Long max =
        em.createQuery(
                "SELECT MAX(s.waitlistSeq) FROM ShiftSignup s WHERE s.shiftId = :s", Long.class)
            .setParameter("s", shiftId)
            .getSingleResult();
    return max == null ? 1 : max + 1;
  }
}
