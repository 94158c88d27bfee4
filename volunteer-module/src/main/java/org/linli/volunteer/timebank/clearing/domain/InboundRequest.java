package org.linli.volunteer.timebank.clearing.domain;

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
import org.linli.kernel.error.ErrorKind;

/**
 * The service organization's side of a redemption: created by the requesting organization (through
 * {@link ClearingPeer}), served by one of this organization's volunteers, then confirmed (which
 * settles) or declined. The requester is known here only by name.
 */
@Entity(name = "ClearingInbound")
@Table(name = "clearing_inbound_request")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class InboundRequest {
  @Id private String id;

  @Column(name = "source_org")
  private String sourceOrg;

  @Column(name = "requester_name")
  private String requesterName;

  @Column(name = "service_category")
  private String serviceCategory;

  private String description;
  private long minutes;

  @Enumerated(EnumType.STRING)
  private InboundStatus status;

  @Column(name = "provider_volunteer_id")
  private String providerVolunteerId;

  @Column(name = "decline_reason")
  private String declineReason;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "settled_at")
  private Instant settledAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private long version;

  protected InboundRequest() {}

  public void assign(String providerVolunteerId) {
    requirePending();
    this.providerVolunteerId = providerVolunteerId;
    status = InboundStatus.ASSIGNED;
  }

  /** Delivery confirmed by staff: settles (the caller posts the settlement alongside). */
  public void settle(Instant now) {
    requirePending();
    if (status != InboundStatus.ASSIGNED) {
      throw DomainException.rule("PROVIDER_NOT_ASSIGNED");
    }
    status = InboundStatus.SETTLED;
    settledAt = now;
  }

  public void decline(String reason, Instant now) {
    requirePending();
    status = InboundStatus.DECLINED;
    declineReason = reason;
    closedAt = now;
  }

  private void requirePending() {
    if (!status.pending()) {
      throw new DomainException(ErrorKind.CONFLICT, "REQUEST_" + status.name())
          .withMessage("REQUEST_NOT_PENDING", status);
    }
  }

  public String id() {
    return id;
  }

  public String sourceOrg() {
    return sourceOrg;
  }

  public String requesterName() {
    return requesterName;
  }

  public String serviceCategory() {
    return serviceCategory;
  }

  public String description() {
    return description;
  }

  public long minutes() {
    return minutes;
  }

  public InboundStatus status() {
    return status;
  }

  public String providerVolunteerId() {
    return providerVolunteerId;
  }

  public String declineReason() {
    return declineReason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant settledAt() {
    return settledAt;
  }

  public Instant closedAt() {
    return closedAt;
  }
}
