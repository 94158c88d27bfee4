package org.linli.volunteer.timebank.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.linli.volunteer.timebank.domain.DeceasedSettlement;
import org.linli.volunteer.timebank.domain.DeceasedSettlementRepository;

@ApplicationScoped
public class JpaDeceasedSettlementRepository implements DeceasedSettlementRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Override
  public Optional<DeceasedSettlement> find(String volunteerId) {
    return em.createQuery(
            "SELECT s FROM DeceasedSettlement s WHERE s.volunteerId = :v", DeceasedSettlement.class)
        .setParameter("v", volunteerId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(DeceasedSettlement settlement) {
    em.persist(settlement);
    em.flush();
  }
}
