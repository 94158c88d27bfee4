package org.linli.volunteer.activity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.linli.kernel.error.DomainException;

/** A volunteer's place on a shift: confirmed, waitlisted (in arrival order) or cancelled. */
@Entity
@Table(name = "shift_signup")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class ShiftSignup {
  @Id private String id;

  @Column(name = "shift_id")
  private String shiftId;

  @Column(name = "volunteer_id")
  private String volunteerId;

  @Column(name = "person_id")
  private String personId;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  @Enumerated(EnumType.STRING)
  private SignupStatus status;

  @Column(name = "waitlist_seq")
  private Long waitlistSeq;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected ShiftSignup() {}

  /** Places the volunteer on the shift, or on its waitlist when {@code placed} is false. */
  public ShiftSignup(
      String id,
      Shift shift,
      String volunteerId,
      String personId,
      boolean placed,
      long seq,
      Instant now) {
    this.id = id;
    this.shiftId = shift.id();
    this.volunteerId = volunteerId;
    this.personId = personId;
    this.startsAt = shift.startsAt();
    this.endsAt = shift.endsAt();
    this.status = placed ? SignupStatus.CONFIRMED : SignupStatus.WAITLISTED;
    this.waitlistSeq = placed ? null : seq;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Cancels; returns whether a confirmed place was freed. */
  public boolean cancel(Instant now) {
    if (status == SignupStatus.CANCELLED) {
      throw DomainException.conflict("SIGNUP_ALREADY_CANCELLED");
    }
    boolean freed = status == SignupStatus.CONFIRMED;
    status = SignupStatus.CANCELLED;
    waitlistSeq = null;
    updatedAt = now;
    return freed;
  }

  public void promote(Instant now) {
    if (status != SignupStatus.WAITLISTED) {
      throw new IllegalStateException("only a waitlisted sign-up can be promoted");
    }
    status = SignupStatus.CONFIRMED;
    waitlistSeq = null;
    updatedAt = now;
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

  public SignupStatus status() {
    return status;
  }

  public Long waitlistSeq() {
    return waitlistSeq;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
