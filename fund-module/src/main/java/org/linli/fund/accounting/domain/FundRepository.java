package org.linli.fund.accounting.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The funds of the transaction's tenant. */
public interface FundRepository {
  /** False when the name is taken. */
  boolean add(Fund fund);

  Optional<Fund> find(UUID id);

  List<Fund> list(String afterName, String afterId, int limit);
}
