package org.linli.volunteer.recognition.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.kernel.api.QueryParams;
import org.linli.volunteer.recognition.application.Correction;
import org.linli.volunteer.recognition.domain.AwardLevel;
import org.linli.volunteer.recognition.domain.AwardRecord;
import org.linli.volunteer.recognition.domain.TrainingRecord;
import org.linli.volunteer.shared.api.Hours;

/** Bodies of the training (Art. 8) and award (Art. 9) record APIs. Hours are decimal strings. */
public final class TrainingAwardDtos {
  private TrainingAwardDtos() {}

  public record TrainingRequest(
      @NotBlank @Size(max = 100) String courseName,
      @NotBlank @Size(max = 100) String organizer,
      @NotNull LocalDate trainingDate,
      @NotBlank
          @Digits(integer = 4, fraction = 2, message = "DIGITS.HOURS")
          @DecimalMin(value = "0", inclusive = false, message = "DECIMALMIN.POSITIVE")
          String hours,
      @NotBlank @Size(max = 1000) String content,
      @Size(max = 200) String outcome,
      String correctsId,
      @Size(max = 500) String correctionReason) {
    TrainingRecord.Facts facts() {
      int minutes =
          new BigDecimal(hours.strip())
              .multiply(BigDecimal.valueOf(60))
              .setScale(0, RoundingMode.HALF_UP)
              .intValueExact();
      return new TrainingRecord.Facts(
          courseName.strip(), organizer.strip(), trainingDate, minutes, content, outcome);
    }

    Correction correction() {
      return Correction.of(correctsId, correctionReason);
    }
  }

  public record AwardRequest(
      @NotBlank @Size(max = 100) String awardName,
      @Schema(implementation = AwardLevel.class) @NotBlank String level,
      @NotBlank @Size(max = 100) String awardingBody,
      @NotNull LocalDate awardDate,
      @Size(max = 1000) String description,
      String correctsId,
      @Size(max = 500) String correctionReason) {
    AwardRecord.Facts facts() {
      return new AwardRecord.Facts(
          awardName.strip(),
          QueryParams.enumValue(AwardLevel.class, "level", level),
          awardingBody.strip(),
          awardDate,
          description);
    }

    Correction correction() {
      return Correction.of(correctsId, correctionReason);
    }
  }

  public record TrainingView(
      String id,
      String volunteerId,
      String courseName,
      String organizer,
      LocalDate trainingDate,
      String hours,
      String content,
      String outcome,
      String correctsId,
      String correctionReason,
      boolean superseded,
      String createdBy,
      Instant createdAt) {
    static TrainingView of(TrainingRecord t, boolean superseded) {
      return new TrainingView(
          t.id(),
          t.volunteerId(),
          t.courseName(),
          t.organizer(),
          t.trainingDate(),
          Hours.text(t.minutes()),
          t.content(),
          t.outcome(),
          t.correctsId(),
          t.correctionReason(),
          superseded,
          t.createdBy(),
          t.createdAt());
    }
  }

  public record AwardView(
      String id,
      String volunteerId,
      String awardName,
      @Schema(implementation = AwardLevel.class) String level,
      String levelName,
      String awardingBody,
      LocalDate awardDate,
      String description,
      String correctsId,
      String correctionReason,
      boolean superseded,
      String createdBy,
      Instant createdAt) {
    static AwardView of(AwardRecord a, boolean superseded) {
      return new AwardView(
          a.id(),
          a.volunteerId(),
          a.awardName(),
          a.level().name(),
          a.level().label(),
          a.awardingBody(),
          a.awardDate(),
          a.description(),
          a.correctsId(),
          a.correctionReason(),
          superseded,
          a.createdBy(),
          a.createdAt());
    }
  }
}
