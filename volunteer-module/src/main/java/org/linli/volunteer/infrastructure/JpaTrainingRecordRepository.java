package org.linli.volunteer.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.linli.volunteer.domain.training.TrainingRecord;
import org.linli.volunteer.domain.training.TrainingRecordRepository;

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
  public List<TrainingRecord> ofVolunteer(String volunteerId) {
    return em.createQuery(
            "SELECT t FROM TrainingRecord t WHERE t.volunteerId = :v"
                + " ORDER BY t.trainingDate DESC, t.id",
            TrainingRecord.class)
        .setParameter("v", volunteerId)
        .getResultList();
  }

  private Optional<TrainingRecord> one(String jpql, String value) {
    return em.createQuery(jpql, TrainingRecord.class)
        .setParameter("p", value)
        .getResultStream()
        .findFirst();
  }
}
