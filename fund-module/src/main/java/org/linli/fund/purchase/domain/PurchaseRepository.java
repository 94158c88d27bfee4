package org.linli.fund.purchase.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The transaction tenant's copies of contracts, residents and orders. */
public interface PurchaseRepository {
  void addContract(Contract c);

  void updateContract(Contract c);

  Optional<Contract> findContract(String id);

  Optional<Contract> lockContract(String id);

  boolean contractNumberTaken(String buyerOrg, String number);

  List<Contract> listContracts(
      ContractStatus status, Boolean publishedOnly, Instant afterAt, String afterId, int limit);

  void addVersion(Contract c, ContractVersion v);

  List<ContractVersion> versions(String contractId);

  void addResident(Resident r);

  void updateResidentStatus(String id, ResidentStatus status, LocalDate on);

  void addStatusChange(
      String residentId, ResidentStatus status, LocalDate on, String note, String by, Instant at);

  Optional<Resident> findResident(String id);

  Optional<Resident> findResidentByPerson(String personId);

  List<Resident> listResidents(String query, Instant afterAt, String afterId, int limit);

  void addContractResident(Contract c, ContractResident r);

  void updateContractResidents(String residentId, ResidentStatus status, LocalDate on);

  List<String> contractsOfResident(String residentId);

  Optional<ContractResident> contractResident(String contractId, String residentId);

  /** By resident id; {@code query} (or null) matches a part of the name or the masked ID's end. */
  List<ContractResident> contractResidents(
      String contractId, String query, String afterId, int limit);

  void addOrder(ServiceOrder o);

  void updateOrder(ServiceOrder o);

  Optional<ServiceOrder> findOrder(String id);

  Optional<ServiceOrder> lockOrder(String id);

  List<ServiceOrder> listOrders(
      String contractId,
      OrderStatus status,
      String workerPersonId,
      Instant afterAt,
      String afterId,
      int limit);

  void addTransition(ServiceOrder o, ServiceOrder.Transition t);

  List<ServiceOrder.Transition> transitions(String orderId);

  /** Serialises appends to one contract's chain across both parties until the commit. */
  void lockChain(String contractId);

  Optional<Evidence> chainHead(String contractId);

  void addEvidence(ServiceOrder o, Evidence e);

  List<Evidence> evidenceOfOrder(String orderId);

  List<Evidence> chain(String contractId, long afterSeq, int limit);

  boolean addPhoto(String orderId, ImageFile photo, String by, Instant at);

  // ---- anomaly flags (V62)

  List<OrderFlag> flags(String orderId);

  /** Inserts or replaces the caller's copy of the flag of (order, rule). */
  void saveFlag(OrderFlag f);

  /** Newest raised first; {@code afterId} is "orderId rule" of the last flag of the page before. */
  List<OrderFlag> listFlags(
      String contractId, FlagStatus status, Instant afterAt, String afterId, int limit);

  /** Those of the given orders that have an open flag. */
  java.util.Set<String> ordersWithOpenFlags(java.util.Collection<String> orderIds);

  /** Other visits of the order's worker under the same buyer whose times overlap this visit. */
  List<String> overlappingVisits(ServiceOrder o);

  /** Other live orders for the same resident, item and day. */
  List<String> duplicateOrders(ServiceOrder o);

  /** Other orders of the same buyer with a photo of the same SHA-256 as one of this order's. */
  List<String> ordersSharingPhotos(ServiceOrder o);

  /** How many live orders of the order's contract and item were created up to and with it. */
  long itemOrderRank(ServiceOrder o);

  /** The worker's visit under the same buyer that ended last before this one began. */
  Optional<ServiceOrder> previousVisit(ServiceOrder o);
}
