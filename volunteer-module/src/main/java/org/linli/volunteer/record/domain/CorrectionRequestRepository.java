package org.linli.volunteer.record.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Correction requests of the transaction's tenant. */
public interface CorrectionRequestRepository {
  Optional<CorrectionRequest> find(String id);

  boolean hasOpenFor(String recordId);

  void add(CorrectionRequest request);

  /** Requests in {@code status} (any when null), oldest first, strictly after the position. */
  List<CorrectionRequest> list(String status, Instant afterCreated, String afterId, int limit);
}
