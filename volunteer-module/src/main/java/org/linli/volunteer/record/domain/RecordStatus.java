package org.linli.volunteer.record.domain;

public enum RecordStatus {
  PENDING,
  APPROVED,
  REJECTED,
  /** Replaced by a correction that references it; kept as history. */
  SUPERSEDED
}
