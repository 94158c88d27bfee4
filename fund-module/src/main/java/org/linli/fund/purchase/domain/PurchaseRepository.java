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

  List<ContractResident> contractResidents(String contractId, String afterId, int limit);

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
}
