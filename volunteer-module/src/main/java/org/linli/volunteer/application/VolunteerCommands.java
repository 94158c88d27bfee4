package org.linli.volunteer.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.linli.volunteer.domain.activity.Activity;
import org.linli.volunteer.domain.volunteer.VolunteerStatus;

/** Typed commands of the volunteer module. */
public final class VolunteerCommands {
  private VolunteerCommands() {}

  public record Contact(String name, String phone, String relation) {}

  public record RegisterVolunteer(
      String name,
      String idType,
      String idNumber,
      String phone,
      String email,
      String regionCode,
      Set<String> skills,
      Set<String> serviceCategories,
      Contact emergencyContact,
      Contact guardian,
      boolean selfSupporting,
      String privacyNoticeVersion,
      LocalDate birthDate,
      String gender) {}

  public record ChangeVolunteerStatus(String volunteerId, VolunteerStatus status, String reason) {}

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
