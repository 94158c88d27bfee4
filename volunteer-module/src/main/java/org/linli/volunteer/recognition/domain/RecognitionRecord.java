package org.linli.volunteer.recognition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.linli.kernel.error.DomainException;

/**
 * What a training record (记录办法 Art. 8) and an award record (Art. 9) share: whom it is about, who
 * wrote it when, and the correction it may be. Never changed once written: a correction is a new
 * record whose {@code correctsId} names the one it replaces. Each kind keeps its own table.
 */
@MappedSuperclass
public abstract class RecognitionRecord {
  // Dates are calendar days in China: "today" in UTC lags Beijing by 8 hours.
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Id private String id;

  @Column(name = "volunteer_id")
  private String volunteerId;

  @Column(name = "person_id")
  private String personId;

  @Column(name = "corrects_id")
  private String correctsId;

  @Column(name = "correction_reason")
  private String correctionReason;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected RecognitionRecord() {}

  /** Who the record is about and, for a correction, which record it replaces and why. */
  public record Origin(
      String volunteerId, String personId, String correctsId, String correctionReason) {}

  /** The day the training took place or the award was granted: lists are newest first by it. */
  public abstract LocalDate date();

  /** A record of something that has not happened yet is a typing error. */
  protected static void requireNotInFuture(String field, LocalDate date, Instant now) {
    if (date.isAfter(LocalDate.ofInstant(now, CHINA))) {
      throw DomainException.invalidField(field, "DATE_IN_FUTURE");
    }
  }

  /** Checks the correction's reason and fills in the shared columns. */
  protected void begin(String id, Origin origin, String by, Instant now) {
    if (origin.correctsId() != null
        && (origin.correctionReason() == null || origin.correctionReason().isBlank())) {
      throw DomainException.invalidField("correctionReason", "REASON_REQUIRED")
          .withMessage("REASON_REQUIRED.MANUAL_CHECKIN");
    }
    this.id = id;
    this.volunteerId = origin.volunteerId();
    this.personId = origin.personId();
    this.correctsId = origin.correctsId();
    this.correctionReason = origin.correctsId() == null ? null : origin.correctionReason();
    this.createdBy = by;
    this.createdAt = now;
  }

  public String id() {
    return id;
  }

  public String volunteerId() {
    return volunteerId;
  }

  public String correctsId() {
    return correctsId;
  }

  public String correctionReason() {
    return correctionReason;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
