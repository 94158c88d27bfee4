package org.linli.volunteer.points.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.tenancy.TenantSession;
import org.linli.volunteer.points.domain.Redemption;
import org.linli.volunteer.points.domain.ShopItem;
import org.linli.volunteer.points.domain.ShopRepository;

/**
 * Items and redemptions through JPA; stock through guarded native updates, because "never below
 * zero" must hold under concurrency in one statement, not in a read-then-write.
 */
@ApplicationScoped
public class JpaShopRepository implements ShopRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject TenantSession tenantSession;

  @Override
  public void addItem(ShopItem item) {
    em.persist(item);
    em.flush();
  }

  @Override
  public Optional<ShopItem> findItem(String id) {
    return em.createQuery("SELECT i FROM ShopItem i WHERE i.id = :id", ShopItem.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public ShopItem reload(ShopItem item) {
    em.flush();
    em.refresh(item);
    return item;
  }

  @Override
  public List<ShopItem> items(boolean activeOnly, String afterId, int limit) {
    return em.createQuery(
            "SELECT i FROM ShopItem i WHERE i.id > :after"
                + (activeOnly ? " AND i.active = TRUE" : "")
                + " ORDER BY i.id",
            ShopItem.class)
        .setParameter("after", afterId == null ? "" : afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public boolean takeStock(String itemId, int quantity) {
    return sql("UPDATE points_item SET stock = stock - ?3 WHERE tenant_id = ?1 AND id = ?2"
                + " AND stock >= ?3")
            .setParameter(2, itemId)
            .setParameter(3, quantity)
            .executeUpdate()
        == 1;
  }

  @Override
  public void addStock(String itemId, int quantity) {
    sql("UPDATE points_item SET stock = stock + ?3 WHERE tenant_id = ?1 AND id = ?2")
        .setParameter(2, itemId)
        .setParameter(3, quantity)
        .executeUpdate();
  }

  @Override
  public void addRedemption(Redemption redemption) {
    em.persist(redemption);
    em.flush(); // the allocation rows written next by native SQL reference it
  }

  @Override
  public Optional<Redemption> findRedemption(String id) {
    return em.createQuery("SELECT r FROM Redemption r WHERE r.id = :id", Redemption.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Redemption> redemptions(
      Redemption.Status status, String volunteerId, String afterId, int limit) {
    var query =
        em.createQuery(
                "SELECT r FROM Redemption r WHERE r.id > :after"
                    + (status == null ? "" : " AND r.status = :status")
                    + (volunteerId == null ? "" : " AND r.volunteerId = :volunteer")
                    + " ORDER BY r.id",
                Redemption.class)
            .setParameter("after", afterId == null ? "" : afterId);
    if (status != null) {
      query.setParameter("status", status);
    }
    if (volunteerId != null) {
      query.setParameter("volunteer", volunteerId);
    }
    return query.setMaxResults(limit).getResultList();
  }

  @Override
  public long quantityHeld(String itemId, String volunteerId) {
    Number held =
        (Number)
            sql("SELECT coalesce(sum(quantity), 0) FROM points_redemption WHERE tenant_id = ?1"
                    + " AND item_id = ?2 AND volunteer_id = ?3 AND status <> 'CANCELLED'")
                .setParameter(2, itemId)
                .setParameter(3, volunteerId)
                .getSingleResult();
    return held.longValue();
  }

  @Override
  public boolean pickupCodeTaken(String code) {
    return !sql("SELECT 1 FROM points_redemption WHERE tenant_id = ?1 AND pickup_code = ?2")
        .setParameter(2, code)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void addAllocations(String redemptionId, Map<String, Long> pointsByLot) {
    pointsByLot.forEach(
        (lot, points) ->
            sql("INSERT INTO points_redemption_lot (tenant_id, redemption_id, lot_id, points)"
                    + " VALUES (?1, ?2, ?3, ?4)")
                .setParameter(2, redemptionId)
                .setParameter(3, lot)
                .setParameter(4, points)
                .executeUpdate());
  }

  @Override
  public Map<String, Long> allocationsOf(String redemptionId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        sql("SELECT lot_id, points FROM points_redemption_lot WHERE tenant_id = ?1"
                + " AND redemption_id = ?2 ORDER BY lot_id")
            .setParameter(2, redemptionId)
            .getResultList();
    Map<String, Long> result = new LinkedHashMap<>();
    rows.forEach(r -> result.put((String) r[0], ((Number) r[1]).longValue()));
    return result;
  }

  private Query sql(String statement) {
    return em.createNativeQuery(statement)
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, tenantSession.current().value());
  }
}
