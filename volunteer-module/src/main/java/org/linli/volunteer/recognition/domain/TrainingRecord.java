package org.linli.volunteer.recognition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.linli.kernel.error.DomainException;

/**
 * One training a volunteer took part in (《志愿服务记录与证明出具办法》 Art. 8). Never changed once written: a
 * correction is a new record whose {@code correctsId} names the one it replaces.
 */
@Entity
@Table(name = "training_record")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class TrainingRecord {
  // Dates are calendar days in China: "today" in UTC lags Beijing by 8 hours.
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Id private String id;

  @Column(name = "volunteer_id")
  private String volunteerId;

  @Column(name = "person_id")
  private String personId;

  @Column(name = "course_name")
  private String courseName;

  private String organizer;

  @Column(name = "training_date")
  private LocalDate trainingDate;

  private int minutes;
  private String content;
  private String outcome;

  @Column(name = "corrects_id")
  private String correctsId;

  @Column(name = "correction_reason")
  private String correctionReason;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected TrainingRecord() {}

  /** The Art. 8 facts: course, organizer, date, duration, content and an optional outcome. */
  public record Facts(
      String courseName,
      String organizer,
      LocalDate trainingDate,
      int minutes,
      String content,
      String outcome) {}

  /** Who the record is about and, for a correction, which record it replaces and why. */
  public record Origin(
      String volunteerId, String personId, String correctsId, String correctionReason) {}

  public static TrainingRecord record(
      String id, Origin origin, Facts facts, String by, Instant now) {
    if (facts.trainingDate().isAfter(LocalDate.ofInstant(now, CHINA))) {
      throw DomainException.invalidField("trainingDate", "DATE_IN_FUTURE");
    }
    if (facts.minutes() < 1) {
      throw DomainException.invalidField("hours", "HOURS_NOT_POSITIVE");
    }
    if (origin.correctsId() != null
        && (origin.correctionReason() == null || origin.correctionReason().isBlank())) {
      throw DomainException.invalidField("correctionReason", "REASON_REQUIRED")
          .withMessage("REASON_REQUIRED.MANUAL_CHECKIN");
    }
    TrainingRecord r = new TrainingRecord();
    r.id = id;
    r.volunteerId = origin.volunteerId();
    r.personId = origin.personId();
    r.courseName = facts.courseName();
    r.organizer = facts.organizer();
    r.trainingDate = facts.trainingDate();
    r.minutes = facts.minutes();
    r.content = facts.content();
    r.outcome = facts.outcome();
    r.correctsId = origin.correctsId();
    r.correctionReason = origin.correctsId() == null ? null : origin.correctionReason();
    r.createdBy = by;
    r.createdAt = now;
    return r;
  }

  public String id() {
    return id;
  }

  public String volunteerId() {
    return volunteerId;
  }

  public String courseName() {
    return courseName;
  }

  public String organizer() {
    return organizer;
  }

  public LocalDate trainingDate() {
    return trainingDate;
  }

  public int minutes() {
    return minutes;
  }

  public String content() {
    return content;
  }

  public String outcome() {
    return outcome;
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
