package org.linli.volunteer.domain.attendance;

import java.util.List;
import java.util.Optional;

/** Attendances of the transaction's tenant. */
public interface AttendanceRepository {
  Optional<Attendance> of(String shiftId, String volunteerId);

  void add(Attendance attendance);

  List<Attendance> ofShift(String shiftId);
}
