package org.linli.volunteer.registration.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.kernel.error.DomainException;
import org.linli.volunteer.registration.application.VolunteerCommands;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerStatus;

/** Request and response bodies of the volunteer APIs; the ID number never appears in a response. */
public final class VolunteerDtos {
  private VolunteerDtos() {}

  public record ContactInput(
      @NotBlank @Size(max = 50) String name,
      @NotBlank String phone,
      @NotBlank @Size(max = 20) String relation) {
    VolunteerCommands.Contact toContact() {
      return new VolunteerCommands.Contact(name, phone, relation);
    }
  }

  public record RegisterRequest(
      @NotBlank @Size(max = 50) String name,
      @Schema(enumeration = {"RESIDENT_ID", "HMT_RESIDENCE_PERMIT", "PASSPORT"}) String idType,
      @NotBlank String idNumber,
      @NotBlank String phone,
      @Email @Size(max = 254) String email,
      @NotBlank @Pattern(regexp = "[0-9]{6}", message = "PATTERN.REGION_CODE") String regionCode,
      List<@NotBlank @Size(max = 30) String> skills,
      List<@NotBlank @Size(max = 30) String> serviceCategories,
      @NotNull @Valid ContactInput emergencyContact,
      @Valid ContactInput guardian,
      Boolean selfSupporting,
      @NotNull @AssertTrue(message = "ASSERTTRUE.PRIVACY_NOTICE") Boolean privacyConsent,
      @NotBlank @Size(max = 20) String privacyNoticeVersion,
      @jakarta.validation.constraints.PastOrPresent LocalDate birthDate,
      @Schema(enumeration = {"MALE", "FEMALE"})
          @Pattern(regexp = "MALE|FEMALE", message = "PATTERN.GENDER")
          String gender) {
    VolunteerCommands.RegisterVolunteer toCommand() {
      return new VolunteerCommands.RegisterVolunteer(
          name,
          idType == null ? "RESIDENT_ID" : idType,
          idNumber,
          phone,
          email,
          regionCode,
          skills == null ? Set.of() : Set.copyOf(skills),
          serviceCategories == null ? Set.of() : Set.copyOf(serviceCategories),
          emergencyContact.toContact(),
          guardian == null ? null : guardian.toContact(),
          Boolean.TRUE.equals(selfSupporting),
          privacyNoticeVersion,
          birthDate,
          gender);
    }
  }

  public record StatusRequest(
      @Schema(implementation = VolunteerStatus.class) @NotBlank String status,
      @Size(max = 500) String reason) {
    VolunteerStatus parsed() {
      try {
        return VolunteerStatus.valueOf(status);
      } catch (IllegalArgumentException e) {
        throw DomainException.invalidField("status", "INVALID_STATUS");
      }
    }
  }

  public record VolunteerView(
      String id,
      String volunteerNo,
      @Schema(
              description =
                  "The platform person this profile belongs to (the id of the member identity"
                      + " view, GET .../members/{personId}/identity, when they can sign in)")
          String personId,
      String name,
      @Schema(enumeration = {"MALE", "FEMALE"}) String gender,
      LocalDate birthDate,
      String regionCode,
      List<String> skills,
      List<String> serviceCategories,
      boolean guardianConsent,
      String privacyNoticeVersion,
      Instant privacyConsentedAt,
      @Schema(implementation = VolunteerStatus.class) String status,
      String registeredBy,
      Instant createdAt) {
    static VolunteerView of(Volunteer v) {
      return new VolunteerView(
          v.id(),
          v.volunteerNo(),
          v.personId(),
          v.name(),
          v.gender(),
          v.birthDate(),
          v.regionCode(),
          v.skills().stream().sorted().toList(),
          v.serviceCategories().stream().sorted().toList(),
          v.hasGuardianConsent(),
          v.privacyVersion(),
          v.privacyConsentedAt(),
          v.status().name(),
          v.registeredBy(),
          v.createdAt());
    }
  }
}
