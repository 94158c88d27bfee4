package org.linli.volunteer.record.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.kernel.error.DomainException;
import org.linli.volunteer.record.application.ServiceRecords;
import org.linli.volunteer.record.domain.RecordStatus;
import org.linli.volunteer.record.domain.ServiceRecord;
import org.linli.volunteer.registration.application.VolunteerNames;
import org.linli.volunteer.shared.api.Hours;

/** Bodies of the service-record APIs. Hours are decimal strings ("1.50"). */
public final class RecordDtos {
  private RecordDtos() {}

  public record FactsInput(
      String activityId,
      @NotBlank @Size(max = 100) String activityName,
      @NotNull LocalDate serviceDate,
      @NotBlank @Size(max = 200) String location,
      @NotBlank @Size(max = 1000) String content,
      @NotNull OffsetDateTime startedAt,
      @NotNull OffsetDateTime endedAt,
      @NotBlank @Size(max = 100) String organizer,
      @NotBlank @Size(max = 50) String responsiblePerson) {
    ServiceRecord.Facts toFacts() {
      return new ServiceRecord.Facts(
          activityId,
          null,
          activityName,
          serviceDate,
          location,
          content,
          startedAt.toInstant(),
          endedAt.toInstant(),
          organizer,
          responsiblePerson);
    }
  }

  public record EntryRequest(
      @NotBlank String volunteerId,
      @NotNull @jakarta.validation.Valid FactsInput facts,
      @NotBlank @Size(max = 500) String reason) {}

  public record CorrectionRequest(
      @NotNull @jakarta.validation.Valid FactsInput facts,
      @NotBlank @Size(max = 500) String reason) {}

  public record ReviewRequest(
      @NotEmpty List<@NotBlank String> recordIds,
      @Schema(enumeration = {"APPROVE", "REJECT"}) @NotBlank String decision,
      @Size(max = 500) String note) {
    boolean approve() {
      return switch (decision) {
        case "APPROVE" -> true;
        case "REJECT" -> false;
        default -> throw DomainException.invalidField("decision", "INVALID_DECISION");
      };
    }
  }

  public record RecordView(
      String id,
      String volunteerId,
      @Schema(description = "The volunteer's name (as the staff volunteer view shows it)")
          String volunteerName,
      @Schema(description = "The volunteer's 志愿者编号") String volunteerNo,
      String activityId,
      String activityName,
      LocalDate serviceDate,
      String location,
      String content,
      Instant startedAt,
      Instant endedAt,
      String hours,
      String organizer,
      String responsiblePerson,
      String source,
      String entryReason,
      @Schema(implementation = RecordStatus.class) String status,
      String correctsId,
      String reviewNote,
      Instant createdAt) {
    static RecordView of(ServiceRecord r, Map<String, VolunteerNames.Label> names) {
      return new RecordView(
          r.id(),
          r.volunteerId(),
          names.getOrDefault(r.volunteerId(), VolunteerNames.Label.UNKNOWN).name(),
          names.getOrDefault(r.volunteerId(), VolunteerNames.Label.UNKNOWN).volunteerNo(),
          r.activityId(),
          r.activityName(),
          r.serviceDate(),
          r.location(),
          r.content(),
          r.startedAt(),
          r.endedAt(),
          Hours.text(r.minutes()),
          r.organizer(),
          r.responsiblePerson(),
          r.source(),
          r.entryReason(),
          r.status().name(),
          r.correctsId(),
          r.reviewNote(),
          r.createdAt());
    }
  }

  /**
   * A record pending past its Art. 11 deadline: the record's fields, its deadline, and whether the
   * deadline is estimated (a year it spans has no holiday arrangement and counts Monday to Friday).
   */
  public record OverdueRecordView(
      String id,
      String volunteerId,
      @Schema(description = "The volunteer's name (as the staff volunteer view shows it)")
          String volunteerName,
      @Schema(description = "The volunteer's 志愿者编号") String volunteerNo,
      String activityId,
      String activityName,
      LocalDate serviceDate,
      String location,
      String content,
      Instant startedAt,
      Instant endedAt,
      String hours,
      String organizer,
      String responsiblePerson,
      String source,
      String entryReason,
      @Schema(implementation = RecordStatus.class) String status,
      String correctsId,
      String reviewNote,
      Instant createdAt,
      @Schema(required = true, description = "Last day to complete the record (10 working days)")
          LocalDate dueDate,
      @Schema(
              required = true,
              description =
                  "true when a year between service and deadline is missing from the platform's"
                      + " working-day calendar, so holidays were not taken into account")
          boolean dueDateEstimated) {
    static OverdueRecordView of(
        ServiceRecords.OverdueRecord o, Map<String, VolunteerNames.Label> names) {
      RecordView r = RecordView.of(o.record(), names);
      return new OverdueRecordView(
          r.id(),
          r.volunteerId(),
          r.volunteerName(),
          r.volunteerNo(),
          r.activityId(),
          r.activityName(),
          r.serviceDate(),
          r.location(),
          r.content(),
          r.startedAt(),
          r.endedAt(),
          r.hours(),
          r.organizer(),
          r.responsiblePerson(),
          r.source(),
          r.entryReason(),
          r.status(),
          r.correctsId(),
          r.reviewNote(),
          r.createdAt(),
          o.dueDate(),
          o.dueDateEstimated());
    }
  }

  public record HoursView(String volunteerId, String approvedHours, int stars) {}
}
