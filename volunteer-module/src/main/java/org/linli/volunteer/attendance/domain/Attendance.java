package org.linli.volunteer.attendance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.linli.kernel.error.DomainException;

/**
 * A volunteer's presence on a shift. Service time counts only inside the shift (travel to and from
 * it is not service time); a missing check-out is capped at the shift's end.
 */
@Entity
@Table(name = "attendance")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class Attendance {
  @Id private String id;

  @Column(name = "shift_id")
  private String shiftId;

  @Column(name = "volunteer_id")
  private String volunteerId;

  @Column(name = "person_id")
  private String personId;

  private String method;

  @Column(name = "manual_reason")
  private String manualReason;

  @Column(name = "checked_in_at")
  private Instant checkedInAt;

  @Column(name = "checked_out_at")
  private Instant checkedOutAt;

  @Enumerated(EnumType.STRING)
  private AttendanceStatus status;

  @Column(name = "record_id")
  private String recordId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected Attendance() {}

  public static Attendance byCode(
      String id, String shiftId, String volunteerId, String personId, Instant at) {
    return create(id, shiftId, volunteerId, personId, "CODE", null, at);
  }

  public static Attendance manual(
      String id, String shiftId, String volunteerId, String personId, Instant at, String reason) {
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalidField("reason", "REASON_REQUIRED")
          .withMessage("REASON_REQUIRED.MANUAL_CHECKIN");
    }
    return create(id, shiftId, volunteerId, personId, "MANUAL", reason, at);
  }

  private static Attendance create(
      String id,
      String shiftId,
      String volunteerId,
      String personId,
      String method,
      String reason,
      Instant at) {
    Attendance a = new Attendance();
    a.id = id;
    a.shiftId = shiftId;
    a.volunteerId = volunteerId;
    a.personId = personId;
    a.method = method;
    a.manualReason = reason;
    a.checkedInAt = at;
    a.status = AttendanceStatus.OPEN;
    a.createdAt = Instant.now();
    return a;
  }

  public void checkOut(Instant at) {
    requireOpen();
    if (at.isBefore(checkedInAt)) {
      throw DomainException.invalidField("checkedOutAt", "CHECKOUT_BEFORE_CHECKIN");
    }
    checkedOutAt = at;
    status = AttendanceStatus.CLOSED;
  }

  /** Closes an attendance nobody checked out of; the shift's end stands in for the check-out. */
  public void flagMissingCheckout(Instant shiftEnd) {
    requireOpen();
    checkedOutAt = shiftEnd.isBefore(checkedInAt) ? checkedInAt : shiftEnd;
    status = AttendanceStatus.MISSING_CHECKOUT;
  }

  /** Service time: the part of [check-in, check-out] inside the shift. */
  public ServiceSpan serviceSpan(Instant shiftStart, Instant shiftEnd) {
    Instant from = checkedInAt.isAfter(shiftStart) ? checkedInAt : shiftStart;
    Instant to = checkedOutAt.isBefore(shiftEnd) ? checkedOutAt : shiftEnd;
    return new ServiceSpan(from, to.isAfter(from) ? to : from);
  }

  /** A span of service; empty when nothing fell inside the shift. */
  public record ServiceSpan(Instant from, Instant to) {
    public long minutes() {
      return java.time.Duration.between(from, to).toMinutes();
    }
  }

  public void linkRecord(String recordId) {
    this.recordId = recordId;
  }

  private void requireOpen() {
    if (status != AttendanceStatus.OPEN) {
      throw DomainException.conflict("ALREADY_CHECKED_OUT");
    }
  }

  public String id() {
    return id;
  }

  public String shiftId() {
    return shiftId;
  }

  public String volunteerId() {
    return volunteerId;
  }

  public String personId() {
    return personId;
  }

  public String method() {
    return method;
  }

  public String manualReason() {
    return manualReason;
  }

  public Instant checkedInAt() {
    return checkedInAt;
  }

  public Instant checkedOutAt() {
    return checkedOutAt;
  }

  public AttendanceStatus status() {
    return status;
  }

  public String recordId() {
    return recordId;
  }
}
