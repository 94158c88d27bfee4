package org.linli.volunteer.timebank.clearing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.linli.volunteer.timebank.clearing.domain.AgreementStatus;
import org.linli.volunteer.timebank.clearing.domain.ClearingAgreement;
import org.linli.volunteer.timebank.clearing.domain.ClearingRepository;
import org.linli.volunteer.timebank.clearing.domain.InboundRequest;
import org.linli.volunteer.timebank.clearing.domain.InboundStatus;
import org.linli.volunteer.timebank.clearing.domain.OutboundRequest;
import org.linli.volunteer.timebank.clearing.domain.OutboundStatus;

@ApplicationScoped
public class JpaClearingRepository implements ClearingRepository {
  /** Open items of one statement; far above what two organizations exchange in a month. */
  private static final int MAX_OPEN_ITEMS = 5000;

  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Override
  public void add(ClearingAgreement agreement) {
    em.persist(agreement);
    em.flush(); // the peer function reads this row next
  }

  @Override
  public Optional<ClearingAgreement> agreement(String id) {
    return byId("ClearingAgreement", ClearingAgreement.class, id);
  }

  @Override
  public Optional<ClearingAgreement> lockAgreement(String id) {
    return locked("ClearingAgreement", ClearingAgreement.class, id);
  }

  @Override
  public Optional<ClearingAgreement> liveAgreementWith(String counterparty) {
    return em.createQuery(
            "SELECT a FROM ClearingAgreement a WHERE a.counterparty = :cp AND a.status <> :suspended",
            ClearingAgreement.class)
        .setParameter("cp", counterparty)
        .setParameter("suspended", AgreementStatus.SUSPENDED)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ClearingAgreement> agreements(String afterId, int limit) {
    return em.createQuery(
            "SELECT a FROM ClearingAgreement a WHERE a.id > :after ORDER BY a.id",
            ClearingAgreement.class)
        .setParameter("after", afterId == null ? "" : afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<String> counterparties() {
    return em.createQuery(
            "SELECT DISTINCT a.counterparty FROM ClearingAgreement a ORDER BY a.counterparty",
            String.class)
        .setMaxResults(1000)
        .getResultList();
  }

  @Override
  public void lockPair(String self, String counterparty) {
    String pair =
        self.compareTo(counterparty) < 0 ? self + "|" + counterparty : counterparty + "|" + self;
    em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
        .setParameter(1, "clearing-pair:" + pair)
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .getSingleResult();
  }

  @Override
  public void add(OutboundRequest request) {
    em.persist(request);
    em.flush(); // the peer function reads this row next
  }

  @Override
  public Optional<OutboundRequest> outbound(String id) {
    return byId("ClearingOutbound", OutboundRequest.class, id);
  }

  @Override
  public Optional<OutboundRequest> lockOutbound(String id) {
    return locked("ClearingOutbound", OutboundRequest.class, id);
  }

  @Override
  public List<OutboundRequest> outbound(
      String volunteerId, OutboundStatus status, String afterId, int limit) {
    // Conditions appended only when given: a null parameter in "IS NULL" has no SQL type.
    String jpql =
        "SELECT r FROM ClearingOutbound r WHERE r.id > :after"
            + (volunteerId == null ? "" : " AND r.volunteerId = :volunteer")
            + (status == null ? "" : " AND r.status = :status")
            + " ORDER BY r.id";
    var query =
        em.createQuery(jpql, OutboundRequest.class)
            .setParameter("after", afterId == null ? "" : afterId)
            .setMaxResults(limit);
    if (volunteerId != null) {
      query.setParameter("volunteer", volunteerId);
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.getResultList();
  }

  @Override
  public Optional<InboundRequest> inbound(String id) {
    return byId("ClearingInbound", InboundRequest.class, id);
  }

  @Override
  public Optional<InboundRequest> lockInbound(String id) {
    return locked("ClearingInbound", InboundRequest.class, id);
  }

  @Override
  public List<InboundRequest> inbound(InboundStatus status, String afterId, int limit) {
    String jpql =
        "SELECT r FROM ClearingInbound r WHERE r.id > :after"
            + (status == null ? "" : " AND r.status = :status")
            + " ORDER BY r.id";
    var query =
        em.createQuery(jpql, InboundRequest.class)
            .setParameter("after", afterId == null ? "" : afterId)
            .setMaxResults(limit);
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.getResultList();
  }

  @Override
  public List<OutboundRequest> outboundHeldAt(String counterparty, Instant at) {
    return em.createQuery(
            "SELECT r FROM ClearingOutbound r WHERE r.serviceOrg = :cp AND r.createdAt < :at"
                + " AND (r.settledAt IS NULL OR r.settledAt >= :at)"
                + " AND (r.releasedAt IS NULL OR r.releasedAt >= :at) ORDER BY r.createdAt, r.id",
            OutboundRequest.class)
        .setParameter("cp", counterparty)
        .setParameter("at", at)
        .setMaxResults(MAX_OPEN_ITEMS)
        .getResultList();
  }

  @Override
  public List<InboundRequest> inboundPendingAt(String counterparty, Instant at) {
    return em.createQuery(
            "SELECT r FROM ClearingInbound r WHERE r.sourceOrg = :cp AND r.createdAt < :at"
                + " AND (r.settledAt IS NULL OR r.settledAt >= :at)"
                + " AND (r.closedAt IS NULL OR r.closedAt >= :at) ORDER BY r.createdAt, r.id",
            InboundRequest.class)
        .setParameter("cp", counterparty)
        .setParameter("at", at)
        .setMaxResults(MAX_OPEN_ITEMS)
        .getResultList();
  }

  private <T> Optional<T> byId(String entity, Class<T> type, String id) {
    return em.createQuery("SELECT e FROM " + entity + " e WHERE e.id = :id", type)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** Row-locked and refreshed: state decided under the lock, not from an earlier read. */
  private <T> Optional<T> locked(String entity, Class<T> type, String id) {
    return em.createQuery("SELECT e FROM " + entity + " e WHERE e.id = :id", type)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint(QueryHints.REFRESH, HintValues.TRUE)
        .getResultStream()
        .findFirst();
  }
}
