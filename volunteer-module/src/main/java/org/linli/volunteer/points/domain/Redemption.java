package org.linli.volunteer.points.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.linli.kernel.error.DomainException;

/**
 * A volunteer's redemption of shop items: RESERVED (stock and points taken) until staff hand the
 * item over against the pickup code (PICKED_UP), or it is cancelled (CANCELLED; stock and points go
 * back).
 */
@Entity
@Table(name = "points_redemption")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class Redemption {
  public enum Status {
    RESERVED,
    PICKED_UP,
    CANCELLED
  }

  @Id private String id;

  @Column(name = "item_id")
  private String itemId;

  @Column(name = "volunteer_id")
  private String volunteerId;

  private int quantity;
  private long points;

  @Column(name = "pickup_code")
  private String pickupCode;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "resolved_by")
  private String resolvedBy;

  @Version private long version;

  protected Redemption() {}

  public Redemption(
      String id,
      String itemId,
      String volunteerId,
      int quantity,
      long points,
      String pickupCode,
      Instant now) {
    this.id = id;
    this.itemId = itemId;
    this.volunteerId = volunteerId;
    this.quantity = quantity;
    this.points = points;
    this.pickupCode = pickupCode;
    this.status = Status.RESERVED;
    this.createdAt = now;
  }

  /**
   * Cancels a reservation. False when it already was cancelled (a repeat changes nothing); a
   * picked-up redemption cannot be cancelled.
   */
  public boolean cancel(String by, Instant now) {
    if (status == Status.CANCELLED) {
      return false;
    }
    if (status == Status.PICKED_UP) {
      throw DomainException.conflict("REDEMPTION_PICKED_UP");
    }
    status = Status.CANCELLED;
    resolvedAt = now;
    resolvedBy = by;
    return true;
  }

  /** Hands the item over when the volunteer shows the right code (compared in constant time). */
  public void pickUp(String code, String by, Instant now) {
    if (status != Status.RESERVED) {
      throw DomainException.conflict("REDEMPTION_NOT_RESERVED").with(status);
    }
    boolean match =
        code != null
            && MessageDigest.isEqual(
                code.strip().getBytes(StandardCharsets.UTF_8),
                pickupCode.getBytes(StandardCharsets.UTF_8));
    if (!match) {
      throw DomainException.rule("PICKUP_CODE_MISMATCH");
    }
    status = Status.PICKED_UP;
    resolvedAt = now;
    resolvedBy = by;
  }

  public String id() {
    return id;
  }

  public String itemId() {
    return itemId;
  }

  public String volunteerId() {
    return volunteerId;
  }

  public int quantity() {
    return quantity;
  }

  public long points() {
    return points;
  }

  public String pickupCode() {
    return pickupCode;
  }

  public Status status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }
}
