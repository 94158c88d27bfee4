package org.linli.volunteer.registration.application;

import java.time.LocalDate;
import java.util.Set;
import org.linli.volunteer.registration.domain.VolunteerStatus;

/** Typed commands of volunteer registration. */
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
}
