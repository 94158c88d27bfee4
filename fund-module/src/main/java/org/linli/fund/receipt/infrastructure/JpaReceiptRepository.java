package org.linli.fund.receipt.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.persistence.config.QueryHints;
import org.linli.fund.receipt.domain.Receipt;
import org.linli.fund.receipt.domain.ReceiptRepository;
import org.linli.fund.receipt.domain.ReceiptSeries;
import org.linli.kernel.tenancy.TenantSession;

/**
 * Receipts through JPA; the number is taken by one guarded native update (UPDATE ... RETURNING),
 * because "next, without gaps" must hold under concurrency in one statement that locks the series
 * row until commit, not in a read-then-write.
 */
@ApplicationScoped
public class JpaReceiptRepository implements ReceiptRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject TenantSession tenantSession;

  @Override
  public void addSeries(ReceiptSeries series) {
    em.persist(series);
    em.flush();
  }

  @Override
  public List<ReceiptSeries> allSeries() {
    return em.createQuery(
            "SELECT s FROM ReceiptSeries s ORDER BY s.registeredAt, s.id", ReceiptSeries.class)
        .getResultList();
  }

  @Override
  public Optional<ReceiptSeries> findSeries(String id) {
    return em.createQuery("SELECT s FROM ReceiptSeries s WHERE s.id = :id", ReceiptSeries.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ReceiptSeries> openSeries() {
    return em.createQuery(
            "SELECT s FROM ReceiptSeries s WHERE s.nextNo <= s.lastNo"
                + " ORDER BY s.registeredAt, s.id",
            ReceiptSeries.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public OptionalLong takeNext(String seriesId, Long expected) {
    var query =
        em.createNativeQuery(
                "UPDATE receipt_series SET next_no = next_no + 1"
                    + " WHERE tenant_id = ?1 AND id = ?2 AND next_no <= last_no"
                    + (expected == null ? "" : " AND next_no = ?3")
                    + " RETURNING next_no - 1")
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .setParameter(1, tenantSession.current().value())
            .setParameter(2, seriesId);
    if (expected != null) {
      query.setParameter(3, expected);
    }
    @SuppressWarnings("unchecked")
    List<Object> taken = query.getResultList();
    return taken.isEmpty()
        ? OptionalLong.empty()
        : OptionalLong.of(((Number) taken.get(0)).longValue());
  }

  @Override
  public void add(Receipt receipt) {
    em.persist(receipt);
    em.flush();
  }

  @Override
  public Optional<Receipt> find(String id) {
    return em.createQuery("SELECT r FROM Receipt r WHERE r.id = :id", Receipt.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Receipt> findByNumber(String receiptCode, long receiptNo) {
    return em.createQuery(
            "SELECT r FROM Receipt r WHERE r.receiptCode = :c AND r.receiptNo = :n", Receipt.class)
        .setParameter("c", receiptCode)
        .setParameter("n", receiptNo)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Receipt> validFor(String donationId) {
    return em.createQuery(
            "SELECT r FROM Receipt r WHERE r.donationId = :d AND r.status = :s", Receipt.class)
        .setParameter("d", donationId)
        .setParameter("s", Receipt.Status.ISSUED)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Receipt> list(
      Receipt.Status status, String donationId, Instant afterAt, String afterId, int limit) {
    var query =
        em.createQuery(
            "SELECT r FROM Receipt r WHERE 1 = 1"
                + (status == null ? "" : " AND r.status = :status")
                + (donationId == null ? "" : " AND r.donationId = :donation")
                + (afterAt == null
                    ? ""
                    : " AND (r.issuedAt < :at OR (r.issuedAt = :at AND r.id < :id))")
                + " ORDER BY r.issuedAt DESC, r.id DESC",
            Receipt.class);
    if (status != null) {
      query.setParameter("status", status);
    }
    if (donationId != null) {
      query.setParameter("donation", donationId);
    }
    if (afterAt != null) {
      query.setParameter("at", afterAt).setParameter("id", afterId);
    }
    return query.setMaxResults(limit).getResultList();
  }
}
