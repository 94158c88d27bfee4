package org.linli.volunteer.recognition.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.linli.kernel.persistence.Conditions;
import org.linli.volunteer.recognition.domain.RecognitionRecord;
import org.linli.volunteer.recognition.domain.RecognitionRecordRepository;

/**
 * The queries of one kind of recognition record: its entity and the field its list is ordered by.
 */
public abstract class JpaRecognitionRecordRepository<R extends RecognitionRecord>
    implements RecognitionRecordRepository<R> {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  private final Class<R> type;
  private final String from;
  private final String date;

  /**
   * {@code dateField}: the entity's date field, a constant of the subclass (never caller input).
   */
  protected JpaRecognitionRecordRepository(Class<R> type, String dateField) {
    this.type = type;
    this.from = " FROM " + type.getSimpleName() + " r";
    this.date = "r." + dateField;
  }

  @Override
  public Optional<R> find(String id) {
    return one("SELECT r" + from + " WHERE r.id = :p", id);
  }

  @Override
  public Optional<R> correctionOf(String id) {
    return one("SELECT r" + from + " WHERE r.correctsId = :p", id);
  }

  @Override
  public void add(R record) {
    em.persist(record);
    em.flush();
  }

  @Override
  public List<R> ofVolunteer(String volunteerId, LocalDate afterDate, String afterId, int limit) {
    Conditions conditions =
        new Conditions()
            .equal("r.volunteerId", volunteerId)
            .after(date, "r.id", afterDate, afterId, true);
    return conditions
        .bind(
            em.createQuery(
                "SELECT r" + from + conditions.where() + " ORDER BY " + date + " DESC, r.id", type))
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Set<String> correctedAmong(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        em.createQuery("SELECT r.correctsId" + from + " WHERE r.correctsId IN :ids", String.class)
            .setParameter("ids", ids)
            .getResultList());
  }

  private Optional<R> one(String jpql, String value) {
    return em.createQuery(jpql, type).setParameter("p", value).getResultStream().findFirst();
  }
}
