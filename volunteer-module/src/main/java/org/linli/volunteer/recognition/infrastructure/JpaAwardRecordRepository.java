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
import org.linli.volunteer.recognition.domain.AwardRecord;
import org.linli.volunteer.recognition.domain.AwardRecordRepository;

@ApplicationScoped
public class JpaAwardRecordRepository implements AwardRecordRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Override
  public Optional<AwardRecord> find(String id) {
    return one("SELECT a FROM AwardRecord a WHERE a.id = :p", id);
  }

  @Override
  public Optional<AwardRecord> correctionOf(String id) {
    return one("SELECT a FROM AwardRecord a WHERE a.correctsId = :p", id);
  }

  @Override
  public void add(AwardRecord record) {
    em.persist(record);
    em.flush();
  }

  @Override
  public List<AwardRecord> ofVolunteer(
      String volunteerId, LocalDate afterDate, String afterId, int limit) {
    Conditions conditions =
        new Conditions()
            .equal("a.volunteerId", volunteerId)
            .after("a.awardDate", "a.id", afterDate, afterId, true);
    return conditions
        .bind(
            em.createQuery(
                "SELECT a FROM AwardRecord a"
                    + conditions.where()
                    + " ORDER BY a.awardDate DESC, a.id",
                AwardRecord.class))
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
                "SELECT a.correctsId FROM AwardRecord a WHERE a.correctsId IN :ids", String.class)
            .setParameter("ids", ids)
            .getResultList());
  }

  private Optional<AwardRecord> one(String jpql, String value) {
    return em.createQuery(jpql, AwardRecord.class)
        .setParameter("p", value)
        .getResultStream()
        .findFirst();
  }
}
