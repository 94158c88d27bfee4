package org.linli.volunteer.domain.record;

public enum RecordStatus {
  PENDING,
  APPROVED,
  REJECTED,
  /** Replaced by a correction that references it; kept as history. */
  SUPERSEDED
}
