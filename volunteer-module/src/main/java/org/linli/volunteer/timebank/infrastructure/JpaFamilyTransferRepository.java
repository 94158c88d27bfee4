package org.linli.volunteer.timebank.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.linli.volunteer.timebank.domain.FamilyTransfer;
import org.linli.volunteer.timebank.domain.FamilyTransferRepository;

@ApplicationScoped
public class JpaFamilyTransferRepository implements FamilyTransferRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Override
  public void add(FamilyTransfer transfer) {
    em.persist(transfer);
    em.flush();
  }

  @Override
  public long minutesBetween(String volunteerId, LocalDate from, LocalDate to) {
    Long sum =
        em.createQuery(
                "SELECT SUM(t.minutes) FROM FamilyTransfer t WHERE t.volunteerId = :v"
                    + " AND t.effectiveDate >= :from AND t.effectiveDate <= :to",
                Long.class)
            .setParameter("v", volunteerId)
            .setParameter("from", from)
            .setParameter("to", to)
            .getSingleResult();
    return sum == null ? 0 : sum;
  }

  @Override
  public List<FamilyTransfer> list(String volunteerId, String afterId, int limit) {
    var query =
        em.createQuery(
                "SELECT t FROM FamilyTransfer t WHERE t.id > :after"
                    + (volunteerId == null ? "" : " AND t.volunteerId = :volunteer")
                    + " ORDER BY t.id",
                FamilyTransfer.class)
            .setParameter("after", afterId == null ? "" : afterId);
    if (volunteerId != null) {
      query.setParameter("volunteer", volunteerId);
    }
    return query.setMaxResults(limit).getResultList();
  }
}
