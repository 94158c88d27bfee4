package org.linli.volunteer.recognition.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.linli.kernel.persistence.Conditions;
import org.linli.volunteer.recognition.domain.TrainingRecord;
import org.linli.volunteer.recognition.domain.TrainingRecordRepository;

@ApplicationScoped
public class JpaTrainingRecordRepository implements TrainingRecordRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Override
  public Optional<TrainingRecord> find(String id) {
    return one("SELECT t FROM TrainingRecord t WHERE t.id = :p", id);
  }

  @Override
  public Optional<TrainingRecord> correctionOf(String id) {
    return one("SELECT t FROM TrainingRecord t WHERE t.correctsId = :p", id);
  }

  @Override
  public void add(TrainingRecord record) {
    em.persist(record);
    em.flush();
  }

  @Override
  public List<TrainingRecord> ofVolunteer(
      String volunteerId, LocalDate afterDate, String afterId, int limit) {
    Conditions conditions =
        new Conditions()
            .equal("t.volunteerId", volunteerId)
            .after("t.trainingDate", "t.id", afterDate, afterId, true);
    return conditions
        .bind(
            em.createQuery(
                "SELECT t FROM TrainingRecord t"
                    + conditions.where()
                    + " ORDER BY t.trainingDate DESC, t.id",
                TrainingRecord.class))
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Set<String> correctedAmong(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        em.createQuery(
                "SELECT t.correctsId FROM TrainingRecord t WHERE t.correctsId IN :ids",
                String.class)
            .setParameter("ids", ids)
            .getResultList());
  }

  private Optional<TrainingRecord> one(String jpql, String value) {
    return em.createQuery(jpql, TrainingRecord.class)
        .setParameter("p", value)
        .getResultStream()
        .findFirst();
  }
}
