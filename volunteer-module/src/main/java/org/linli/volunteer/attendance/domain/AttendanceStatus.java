package org.linli.volunteer.attendance.domain;

public enum AttendanceStatus {
  OPEN,
  CLOSED,
  /** Left open after the shift: hours capped at the shift's end until staff resolve it. */
  MISSING_CHECKOUT
}
