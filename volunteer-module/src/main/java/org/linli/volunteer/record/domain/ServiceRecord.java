package org.linli.volunteer.record.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.linli.kernel.error.DomainException;

/**
 * One piece of service as 《志愿服务记录与证明出具办法》 Art. 7 lists it. Staff review it once: approved or
 * rejected, never deleted. A correction is a new record that supersedes the old one.
 */
@Entity
@Table(name = "service_record")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class ServiceRecord {
  @Id private String id;

  @Column(name = "volunteer_id")
  private String volunteerId;

  @Column(name = "person_id")
  private String personId;

  @Column(name = "activity_id")
  private String activityId;

  @Column(name = "shift_id")
  private String shiftId;

  @Column(name = "activity_name")
  private String activityName;

  @Column(name = "service_date")
  private LocalDate serviceDate;

  private String location;
  private String content;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  private int minutes;
  private String organizer;

  @Column(name = "responsible_person")
  private String responsiblePerson;

  private String source;

  @Column(name = "entry_reason")
  private String entryReason;

  @Enumerated(EnumType.STRING)
  private RecordStatus status;

  @Column(name = "corrects_id")
  private String correctsId;

  @Column(name = "service_order_id")
  private String serviceOrderId;

  @Column(name = "review_note")
  private String reviewNote;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected ServiceRecord() {}

  /** The Art. 7 facts of a record. */
  public record Facts(
      String activityId,
      String shiftId,
      String activityName,
      LocalDate serviceDate,
      String location,
      String content,
      Instant startedAt,
      Instant endedAt,
      String organizer,
      String responsiblePerson) {}

  /** A record entered by staff, who must say why it was not created from check-in/out. */
  public static ServiceRecord enteredByStaff(
      String id,
      String volunteerId,
      String personId,
      Facts facts,
      String reason,
      String by,
      Instant now) {
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalidField("reason", "REASON_REQUIRED")
          .withMessage("REASON_REQUIRED.MANUAL_CHECKIN");
    }
    return create(id, volunteerId, personId, facts, "STAFF", reason, null, by, now);
  }

  /**
   * A record made from an attendance. {@code note} says why it needs attention (e.g. a missing
   * check-out) or is the reason of a manual check-in, which makes it a staff entry.
   */
  public static ServiceRecord fromAttendance(
      String id,
      String volunteerId,
      String personId,
      Facts facts,
      boolean manual,
      String note,
      String by,
      Instant now) {
    return create(
        id, volunteerId, personId, facts, manual ? "STAFF" : "CHECK_IN", note, null, by, now);
  }

  /**
   * A record made from a completed government-purchase service order (工单) the volunteer delivered:
   * pending like every record, its evidence is the order's check-in and check-out.
   */
  public static ServiceRecord fromServiceOrder(
      String id, String volunteerId, String personId, String orderId, Facts facts, Instant now) {
    ServiceRecord r =
        create(id, volunteerId, personId, facts, "SERVICE_ORDER", null, null, "system", now);
    r.serviceOrderId = orderId;
    return r;
  }

  /**
   * A correction of this record: a new pending record; this one is superseded when it is approved.
   */
  public ServiceRecord correctedBy(
      String newId, Facts facts, String reason, String by, Instant now) {
    if (status == RecordStatus.SUPERSEDED) {
      throw DomainException.conflict("RECORD_SUPERSEDED");
    }
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalidField("reason", "REASON_REQUIRED")
          .withMessage("REASON_REQUIRED.MANUAL_CHECKIN");
    }
    return create(newId, volunteerId, personId, facts, "STAFF", reason, id, by, now);
  }

  private static ServiceRecord create(
      String id,
      String volunteerId,
      String personId,
      Facts f,
      String source,
      String reason,
      String correctsId,
      String by,
      Instant now) {
    if (!f.endedAt().isAfter(f.startedAt())) {
      throw DomainException.invalidField("endedAt", "ENDS_BEFORE_START");
    }
    if (f.startedAt().isAfter(now)) {
      throw DomainException.rule("SERVICE_IN_FUTURE");
    }
    ServiceRecord r = new ServiceRecord();
    r.id = id;
    r.volunteerId = volunteerId;
    r.personId = personId;
    r.activityId = f.activityId();
    r.shiftId = f.shiftId();
    r.activityName = f.activityName();
    r.serviceDate = f.serviceDate();
    r.location = f.location();
    r.content = f.content();
    r.startedAt = f.startedAt();
    r.endedAt = f.endedAt();
    r.minutes = (int) Duration.between(f.startedAt(), f.endedAt()).toMinutes();
    r.organizer = f.organizer();
    r.responsiblePerson = f.responsiblePerson();
    r.source = source;
    r.entryReason = reason;
    r.correctsId = correctsId;
    r.status = RecordStatus.PENDING;
    r.createdBy = by;
    r.createdAt = now;
    if (r.minutes < 1) {
      throw DomainException.invalidField("endedAt", "TOO_SHORT");
    }
    return r;
  }

  public void approve(String by, String note, Instant now) {
    review(RecordStatus.APPROVED, by, note, now);
  }

  public void reject(String by, String note, Instant now) {
    if (note == null || note.isBlank()) {
      throw DomainException.invalidField("note", "NOTE_REQUIRED");
    }
    review(RecordStatus.REJECTED, by, note, now);
  }

  /** Marks this record replaced by an approved correction. */
  public void supersede(Instant now) {
    status = RecordStatus.SUPERSEDED;
    reviewedAt = now;
  }

  private void review(RecordStatus outcome, String by, String note, Instant now) {
    if (status != RecordStatus.PENDING) {
      throw DomainException.conflict("RECORD_ALREADY_REVIEWED").with(status);
    }
    status = outcome;
    reviewedBy = by;
    reviewNote = note;
    reviewedAt = now;
  }

  public String id() {
    return id;
  }

  public String volunteerId() {
    return volunteerId;
  }

  public String personId() {
    return personId;
  }

  public String activityId() {
    return activityId;
  }

  public String activityName() {
    return activityName;
  }

  public LocalDate serviceDate() {
    return serviceDate;
  }

  public String location() {
    return location;
  }

  public String content() {
    return content;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant endedAt() {
    return endedAt;
  }

  public int minutes() {
    return minutes;
  }

  public String organizer() {
    return organizer;
  }

  public String responsiblePerson() {
    return responsiblePerson;
  }

  public String source() {
    return source;
  }

  public String entryReason() {
    return entryReason;
  }

  public RecordStatus status() {
    return status;
  }

  public String correctsId() {
    return correctsId;
  }

  public String serviceOrderId() {
    return serviceOrderId;
  }

  public String reviewNote() {
    return reviewNote;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
