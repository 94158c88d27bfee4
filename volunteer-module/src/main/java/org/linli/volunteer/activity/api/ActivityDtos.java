package org.linli.volunteer.activity.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.volunteer.activity.domain.Activity;
import org.linli.volunteer.activity.domain.ActivityStatus;
import org.linli.volunteer.activity.domain.Shift;
import org.linli.volunteer.activity.domain.ShiftSignup;
import org.linli.volunteer.activity.domain.SignupStatus;
import org.linli.volunteer.registration.application.VolunteerNames;

/** Request and response bodies of activities, shifts and sign-ups. */
public final class ActivityDtos {
  private ActivityDtos() {}

  public record ActivityRequest(
      @NotBlank @Size(max = 100) String title,
      @NotBlank @Size(max = 30) String serviceCategory,
      @Size(max = 4000) String description,
      @NotBlank @Size(max = 100) String organizer,
      @NotBlank @Size(max = 50) String responsiblePerson,
      @NotBlank @Size(max = 200) String address,
      @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
      @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
      @NotNull @Min(10) @Max(5000) Integer checkinRadiusMeters,
      @NotBlank @Size(max = 2000) String riskDisclosure,
      @NotNull Boolean insuranceArranged,
      Boolean groupActivity) {
    Activity.Details toDetails() {
      return new Activity.Details(
          title,
          serviceCategory,
          description,
          organizer,
          responsiblePerson,
          address,
          latitude,
          longitude,
          checkinRadiusMeters,
          riskDisclosure,
          insuranceArranged,
          Boolean.TRUE.equals(groupActivity));
    }
  }

  public record ActivityView(
      String id,
      String title,
      String serviceCategory,
      String description,
      String organizer,
      String responsiblePerson,
      String address,
      double latitude,
      double longitude,
      int checkinRadiusMeters,
      String riskDisclosure,
      boolean insuranceArranged,
      boolean groupActivity,
      @Schema(implementation = ActivityStatus.class) String status) {
    static ActivityView of(Activity a) {
      return new ActivityView(
          a.id(),
          a.title(),
          a.serviceCategory(),
          a.description(),
          a.organizer(),
          a.responsiblePerson(),
          a.address(),
          a.latitude(),
          a.longitude(),
          a.checkinRadiusMeters(),
          a.riskDisclosure(),
          a.insuranceArranged(),
          a.groupActivity(),
          a.status().name());
    }
  }

  public record ShiftRequest(
      @NotNull OffsetDateTime startsAt,
      @NotNull OffsetDateTime endsAt,
      @NotNull @Min(1) @Max(10000) Integer capacity,
      List<@NotBlank String> requiredSkills,
      @Min(14) @Max(100) Integer minimumAge) {
    Set<String> skills() {
      return requiredSkills == null ? Set.of() : Set.copyOf(requiredSkills);
    }
  }

  public record ShiftView(
      String id,
      String activityId,
      Instant startsAt,
      Instant endsAt,
      int capacity,
      int confirmed,
      List<String> requiredSkills,
      int minimumAge) {
    static ShiftView of(Shift s) {
      return new ShiftView(
          s.id(),
          s.activityId(),
          s.startsAt(),
          s.endsAt(),
          s.capacity(),
          s.confirmedCount(),
          s.requiredSkills().stream().sorted().toList(),
          s.minimumAge());
    }
  }

  public record SignupRequest(String volunteerId) {}

  public record SignupView(
      String id,
      String shiftId,
      String volunteerId,
      @Schema(description = "The volunteer's name (as the staff volunteer view shows it)")
          String volunteerName,
      @Schema(description = "The volunteer's 志愿者编号") String volunteerNo,
      @Schema(implementation = SignupStatus.class) String status,
      Long waitlistPosition,
      Instant createdAt) {
    static SignupView of(ShiftSignup s, Map<String, VolunteerNames.Label> names) {
      return new SignupView(
          s.id(),
          s.shiftId(),
          s.volunteerId(),
          names.getOrDefault(s.volunteerId(), VolunteerNames.Label.UNKNOWN).name(),
          names.getOrDefault(s.volunteerId(), VolunteerNames.Label.UNKNOWN).volunteerNo(),
          s.status().name(),
          s.waitlistSeq(),
          s.createdAt());
    }
  }
}
