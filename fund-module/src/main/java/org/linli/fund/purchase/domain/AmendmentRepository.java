package org.linli.fund.purchase.domain;

import java.util.Map;
import java.util.Optional;

/** The amendment rows of the transaction's tenant (its copy of each contract). */
public interface AmendmentRepository {
  Optional<Amendment> find(String contractId, int version);

  /** The contract's amendments by version (versions amended before V66 have none). */
  Map<Integer, Amendment> ofContract(String contractId);

  /** Locks the row for the decision; empty when there is none. */
  Optional<Amendment> lock(String contractId, int version);

  void add(Contract contract, Amendment amendment);

  void update(Amendment amendment);

  /** Copies the caller's row onto the other party's copy (V66); OK or the reason it did not. */
  String follow(String contractId, int version);
}
