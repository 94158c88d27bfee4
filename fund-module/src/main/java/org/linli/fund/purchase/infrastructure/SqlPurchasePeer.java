package org.linli.fund.purchase.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.QueryHints;
import org.linli.fund.purchase.domain.PurchasePeer;

/** Calls the SECURITY DEFINER functions of V61__purchase_peer_copies.sql. */
@ApplicationScoped
public class SqlPurchasePeer implements PurchasePeer {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Override
  public String offerContract(String contractId) {
    return call("purchase_contract_offer", contractId);
  }

  @Override
  public String followContract(String contractId) {
    return call("purchase_contract_follow", contractId);
  }

  @Override
  public String followResidents(String contractId) {
    return call("purchase_residents_follow", contractId);
  }

  @Override
  public String followOrder(String orderId) {
    return call("purchase_order_follow", orderId);
  }

  @Override
  public String followFlags(String orderId) {
    return call("purchase_flags_follow", orderId);
  }

  private String call(String function, String id) {
    em.flush();
    // The function name is one of the constants above, never input.
    return (String)
        em.createNativeQuery("SELECT " + function + "(?1)")
            .setParameter(1, id)
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .getSingleResult();
  }
}
