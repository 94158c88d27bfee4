package org.linli.volunteer.attendance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.linli.kernel.persistence.Conditions;
import org.linli.volunteer.attendance.domain.Attendance;
import org.linli.volunteer.attendance.domain.AttendanceRepository;

@ApplicationScoped
public class JpaAttendanceRepository implements AttendanceRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Override
  public Optional<Attendance> of(String shiftId, String volunteerId) {
    return em.createQuery(
            "SELECT a FROM Attendance a WHERE a.shiftId = :s AND a.volunteerId = :v",
            Attendance.class)
        .setParameter("s", shiftId)
        .setParameter("v", volunteerId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Attendance attendance) {
    em.persist(attendance);
    em.flush();
  }

  @Override
  public List<Attendance> ofShift(String shiftId) {
    return em.createQuery(
            "SELECT a FROM Attendance a WHERE a.shiftId = :s ORDER BY a.checkedInAt, a.id",
            Attendance.class)
        .setParameter("s", shiftId)
        .getResultList();
  }

  @Override
  public List<Attendance> ofShift(String shiftId, Instant afterCheckIn, String afterId, int limit) {
    Conditions conditions =
        new Conditions()
            .equal("a.shiftId", shiftId)
            .after("a.checkedInAt", "a.id", afterCheckIn, afterId, false);
    return conditions
        .bind(
            em.createQuery(
                "SELECT a FROM Attendance a" + conditions.where() + " ORDER BY a.checkedInAt, a.id",
                Attendance.class))
        .setMaxResults(limit)
        .getResultList();
  }
}
