package org.linli.volunteer.domain.record;

import java.util.List;
import java.util.Optional;

/** Correction requests of the transaction's tenant. */
public interface CorrectionRequestRepository {
  Optional<CorrectionRequest> find(String id);

  boolean hasOpenFor(String recordId);

  void add(CorrectionRequest request);

  List<CorrectionRequest> open();
}
