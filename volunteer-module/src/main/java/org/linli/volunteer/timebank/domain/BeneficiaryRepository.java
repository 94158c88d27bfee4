package org.linli.volunteer.timebank.domain;

import java.util.List;
import java.util.Optional;

/** Family beneficiaries of the transaction's organization. */
public interface BeneficiaryRepository {
  Optional<Beneficiary> find(String id);

  /**
   * Stores a beneficiary unless the volunteer already registered this person (a concurrent
   * duplicate waits for the first and is then refused).
   *
   * @return false for a duplicate
   */
  boolean add(Beneficiary beneficiary);

  /** Beneficiaries after {@code afterId} by id, optionally of one volunteer only. */
  List<Beneficiary> list(String volunteerId, String afterId, int limit);
}
