package org.linli.volunteer.points.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Points credited to a volunteer at one time, valid until {@link #expiresOn()}. What is left of it
 * ({@link #remaining()}) is always part of the volunteer's ledger balance: the sum of the remaining
 * of all lots equals the balance, because every credit makes a lot and every debit takes from lots.
 */
@Entity
@Table(name = "points_lot")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class PointLot {
  public enum Source {
    EARNING,
    ADJUSTMENT
  }

  @Id private String id;

  @Column(name = "volunteer_id")
  private String volunteerId;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Source source;

  @Column(name = "record_id")
  private String recordId;

  @Column(name = "earned_on")
  private LocalDate earnedOn;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  private long points;
  private long consumed;
  private long expired;

  @Column(name = "clawed_back")
  private long clawedBack;

  private String memo;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected PointLot() {}

  public PointLot(
      String id,
      String volunteerId,
      Source source,
      String recordId,
      LocalDate earnedOn,
      LocalDate expiresOn,
      long points,
      String memo,
      Instant now) {
    if (points <= 0) {
      throw new IllegalArgumentException("a lot holds a positive number of points");
    }
    this.id = id;
    this.volunteerId = volunteerId;
    this.source = source;
    this.recordId = recordId;
    this.earnedOn = earnedOn;
    this.expiresOn = expiresOn;
    this.points = points;
    this.memo = memo;
    this.createdAt = now;
  }

  public long remaining() {
    return points - consumed - expired - clawedBack;
  }

  /** Whether the lot can no longer be spent on {@code day} (it expires the day after its last). */
  public boolean expiredOn(LocalDate day) {
    return expiresOn != null && day.isAfter(expiresOn);
  }

  /** Takes up to {@code wanted} points for a redemption; returns how many it took. */
  public long consume(long wanted) {
    long taken = Math.min(wanted, remaining());
    consumed += taken;
    return taken;
  }

  /** Gives back points a cancelled redemption took from this lot. */
  public void giveBack(long amount) {
    if (amount <= 0 || amount > consumed) {
      throw new IllegalArgumentException("cannot give back more than was consumed");
    }
    consumed -= amount;
  }

  /**
   * Expires what is left when the lot is past its last valid day; 0 otherwise, and 0 the second
   * time (nothing is left then), which is what makes an expiry run safe to repeat.
   */
  public long expireAsOf(LocalDate asOf) {
    if (!expiredOn(asOf)) {
      return 0;
    }
    long amount = remaining();
    expired += amount;
    return amount;
  }

  /** Takes back what is left (the record it was earned for was corrected); the spent part stays. */
  public long clawBack() {
    long amount = remaining();
    clawedBack += amount;
    return amount;
  }

  public String id() {
    return id;
  }

  public String volunteerId() {
    return volunteerId;
  }

  public Source source() {
    return source;
  }

  public String recordId() {
    return recordId;
  }

  public LocalDate earnedOn() {
    return earnedOn;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public long points() {
    return points;
  }

  public long consumed() {
    return consumed;
  }

  public long expired() {
    return expired;
  }

  public long clawedBack() {
    return clawedBack;
  }

  public String memo() {
    return memo;
  }
}
