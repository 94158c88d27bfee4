package org.linli.fund.purchase.domain;

/** The counterparty's copies, written only by the database functions of V61. */
public interface PurchasePeer {
  String offerContract(String contractId);

  String followContract(String contractId);

  String followResidents(String contractId);

  String followOrder(String orderId);

  /** Copies the caller's anomaly flags of an order onto the other party's copy (V62). */
  String followFlags(String orderId);
}
