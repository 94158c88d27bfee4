package org.linli.volunteer.recognition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.linli.kernel.error.DomainException;

/** One training a volunteer took part in (《志愿服务记录与证明出具办法》 Art. 8). */
@Entity
@Table(name = "training_record")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class TrainingRecord extends RecognitionRecord {
  @Column(name = "course_name")
  private String courseName;

  private String organizer;

  @Column(name = "training_date")
  private LocalDate trainingDate;

  private int minutes;
  private String content;
  private String outcome;

  protected TrainingRecord() {}

  /** The Art. 8 facts: course, organizer, date, duration, content and an optional outcome. */
  public record Facts(
      String courseName,
      String organizer,
      LocalDate trainingDate,
      int minutes,
      String content,
      String outcome) {}

  public static TrainingRecord record(
      String id, Origin origin, Facts facts, String by, Instant now) {
    requireNotInFuture("trainingDate", facts.trainingDate(), now);
    if (facts.minutes() < 1) {
      throw DomainException.invalidField("hours", "HOURS_NOT_POSITIVE");
    }
    TrainingRecord r = new TrainingRecord();
    r.begin(id, origin, by, now);
    r.courseName = facts.courseName();
    r.organizer = facts.organizer();
    r.trainingDate = facts.trainingDate();
    r.minutes = facts.minutes();
    r.content = facts.content();
    r.outcome = facts.outcome();
    return r;
  }

  @Override
  public LocalDate date() {
    return trainingDate;
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
}
