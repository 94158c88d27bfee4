package org.linli.volunteer.domain.activity;

import java.util.List;
import java.util.Optional;

/** Activities, shifts and sign-ups of the transaction's tenant. */
public interface ActivityRepository {
  Optional<Activity> find(String id);

  void add(Activity activity);

  List<Activity> list(String afterId, int limit);

  Optional<Shift> findShift(String id);

  /** The shift with its row locked for the rest of the transaction (sign-up decisions). */
  Optional<Shift> lockShift(String id);

  void addShift(Shift shift);

  List<Shift> shiftsOf(String activityId);

  Optional<ShiftSignup> findSignup(String id);

  boolean hasLiveSignup(String shiftId, String volunteerId);

  void addSignup(ShiftSignup signup);

  List<ShiftSignup> signupsOf(String shiftId);

  /** The earliest waitlisted sign-up of the shift, if any. */
  Optional<ShiftSignup> firstWaitlisted(String shiftId);

  long nextWaitlistSeq(String shiftId);
}
