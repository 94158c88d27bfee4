package org.linli.volunteer.activity.application;

import java.time.Instant;
import java.util.Set;
import org.linli.volunteer.activity.domain.Activity;

/** Typed commands of the activity use cases: activities, shifts and sign-ups. */
public final class ActivityCommands {
  private ActivityCommands() {}

  public record CreateActivity(Activity.Details details) {}

  public record AddShift(
      String activityId,
      Instant startsAt,
      Instant endsAt,
      int capacity,
      Set<String> requiredSkills,
      Integer minimumAge) {}

  /** {@code volunteerId} null: the caller signs up themselves. */
  public record SignUp(String shiftId, String volunteerId) {}

  public record CancelSignup(String shiftId, String signupId) {}
}
