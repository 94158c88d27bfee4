package org.linli.volunteer.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.linli.volunteer.domain.award.AwardRecord;
import org.linli.volunteer.domain.award.AwardRecordRepository;

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
  public List<AwardRecord> ofVolunteer(String volunteerId) {
    return em.createQuery(
            "SELECT a FROM AwardRecord a WHERE a.volunteerId = :v ORDER BY a.awardDate DESC, a.id",
            AwardRecord.class)
        .setParameter("v", volunteerId)
        .getResultList();
  }

  private Optional<AwardRecord> one(String jpql, String value) {
    return em.createQuery(jpql, AwardRecord.class)
        .setParameter("p", value)
        .getResultStream()
        .findFirst();
  }
}
