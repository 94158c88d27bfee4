package org.linli.volunteer.record.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.linli.kernel.persistence.Conditions;
import org.linli.volunteer.record.domain.CorrectionRequest;
import org.linli.volunteer.record.domain.CorrectionRequestRepository;

@ApplicationScoped
public class JpaCorrectionRequestRepository implements CorrectionRequestRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Override
  public Optional<CorrectionRequest> find(String id) {
    return em.createQuery(
            "SELECT c FROM CorrectionRequest c WHERE c.id = :id", CorrectionRequest.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean hasOpenFor(String recordId) {
    return em.createQuery(
                "SELECT COUNT(c) FROM CorrectionRequest c WHERE c.recordId = :r AND c.status = 'OPEN'",
                Long.class)
            .setParameter("r", recordId)
            .getSingleResult()
        > 0;
  }

  @Override
  public void add(CorrectionRequest request) {
    em.persist(request);
    em.flush();
  }

  @Override
  public List<CorrectionRequest> list(
      String status, Instant afterCreated, String afterId, int limit) {
    Conditions conditions =
        new Conditions()
            .equal("c.status", status)
            .after("c.createdAt", "c.id", afterCreated, afterId, false);
    return conditions
        .bind(
            em.createQuery(
                "SELECT c FROM CorrectionRequest c"
                    + conditions.where()
                    + " ORDER BY c.createdAt, c.id",
                CorrectionRequest.class))
        .setMaxResults(limit)
        .getResultList();
  }
}
