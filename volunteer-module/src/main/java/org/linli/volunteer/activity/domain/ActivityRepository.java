package org.linli.volunteer.activity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Activities, shifts and sign-ups of the transaction's tenant. */
public interface ActivityRepository {
  Optional<Activity> find(String id);

  void add(Activity activity);

  /**
   * Activities ordered by id, after {@code afterId}; {@code status} and a period ({@code from} /
   * {@code until}: activities with a shift overlapping it) narrow the list when given.
   */
  List<Activity> list(
      ActivityStatus status, Instant from, Instant until, String afterId, int limit);

  Optional<Shift> findShift(String id);

  /** The shift with its row locked for the rest of the transaction (sign-up decisions). */
  Optional<Shift> lockShift(String id);

  void addShift(Shift shift);

  /** The activity's shifts ordered by start, then id, strictly after (afterStart, afterId). */
  List<Shift> shiftsOf(String activityId, Instant afterStart, String afterId, int limit);

  Optional<ShiftSignup> findSignup(String id);

  boolean hasLiveSignup(String shiftId, String volunteerId);

  void addSignup(ShiftSignup signup);

  List<ShiftSignup> signupsOf(String shiftId);

  /** The shift's sign-ups in arrival order (created, then id), strictly after the position. */
  List<ShiftSignup> signupsOf(
      String shiftId, SignupStatus status, Instant afterCreated, String afterId, int limit);

  /** The earliest waitlisted sign-up of the shift, if any. */
  Optional<ShiftSignup> firstWaitlisted(String shiftId);

  long nextWaitlistSeq(String shiftId);
}
