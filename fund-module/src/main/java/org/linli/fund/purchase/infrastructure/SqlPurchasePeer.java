package org.linli.fund.purchase.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.fund.purchase.domain.PurchasePeer;
import org.linli.kernel.persistence.PeerCopies;

/** Calls the SECURITY DEFINER functions of V61__purchase_peer_copies.sql. */
@ApplicationScoped
public class SqlPurchasePeer implements PurchasePeer {
  @Inject PeerCopies peers;

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
    return peers.call(function, id);
  }
}
