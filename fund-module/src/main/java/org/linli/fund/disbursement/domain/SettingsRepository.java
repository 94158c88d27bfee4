package org.linli.fund.disbursement.domain;

import java.util.Optional;

/** The organization's disbursement settings, append-only by version. */
public interface SettingsRepository {
  Optional<DisbursementSettings> current();

  /** Inserts the next version; false when that version exists already (a concurrent edit won). */
  boolean add(DisbursementSettings settings);

  /** Locks the current row so fast-lane payments of one organization check limits one at a time. */
  void lockForFastLane();
}
