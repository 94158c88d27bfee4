package org.linli.volunteer.timebank.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The time bank rule versions of the transaction's organization. */
public interface TimeBankRuleRepository {
  /** The version in force on {@code date}: the latest one effective on or before it. */
  Optional<TimeBankRuleVersion> inForce(LocalDate date);

  /** All versions, newest first. */
  List<TimeBankRuleVersion> versions();

  /** Stores a version; false when one with the same effective date exists. */
  boolean add(TimeBankRuleVersion version);
}
