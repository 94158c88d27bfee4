package org.linli.volunteer.attendance.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Attendances of the transaction's tenant. */
public interface AttendanceRepository {
  Optional<Attendance> of(String shiftId, String volunteerId);

  void add(Attendance attendance);

  List<Attendance> ofShift(String shiftId);

  /** The shift's attendances by check-in time, then id, strictly after the position. */
  List<Attendance> ofShift(String shiftId, Instant afterCheckIn, String afterId, int limit);
}
