package org.linli.volunteer.timebank.domain;

import java.util.Optional;

/** Deceased holders' settlements of the transaction's organization. */
public interface DeceasedSettlementRepository {
  Optional<DeceasedSettlement> find(String volunteerId);

  void add(DeceasedSettlement settlement);
}
