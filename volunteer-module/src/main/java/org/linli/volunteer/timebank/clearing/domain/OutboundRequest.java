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

/**
 * The requesting organization's side of a redemption at another organization: whose hours, how
 * many, for what. Settlement and decline arrive from the service organization (through {@link
 * ClearingPeer}); this side only ever cancels or releases.
 */
@Entity(name = "ClearingOutbound")
@Table(name = "clearing_outbound_request")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class OutboundRequest {
  @Id private String id;

  @Column(name = "service_org")
  private String serviceOrg;

  @Column(name = "volunteer_id")
  private String volunteerId;

  @Column(name = "service_category")
  private String serviceCategory;

  private String description;
  private long minutes;

  @Enumerated(EnumType.STRING)
  private OutboundStatus status;

  @Column(name = "decline_reason")
  private String declineReason;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "settled_at")
  private Instant settledAt;

  @Column(name = "declined_at")
  private Instant declinedAt;

  @Column(name = "released_at")
  private Instant releasedAt;

  @Version private long version;

  protected OutboundRequest() {}

  /** What a redemption asks for; hours already parsed into positive minutes. */
  public record Terms(
      String serviceOrg,
      String volunteerId,
      String serviceCategory,
      String description,
      long minutes) {}

  public static OutboundRequest open(String id, Terms terms, String createdBy, Instant now) {
    if (terms.minutes() <= 0) {
      throw DomainException.invalidField("hours", "INVALID_AMOUNT");
    }
    OutboundRequest r = new OutboundRequest();
    r.id = id;
    r.serviceOrg = terms.serviceOrg();
    r.volunteerId = terms.volunteerId();
    r.serviceCategory = terms.serviceCategory();
    r.description = terms.description();
    r.minutes = terms.minutes();
    r.status = OutboundStatus.OPEN;
    r.createdBy = createdBy;
    r.createdAt = now;
    return r;
  }

  /**
   * Gives the held hours back: an open request is cancelled, a declined one released. Callers
   * reverse the hold in the same transaction.
   */
  public void release(Instant now) {
    status =
        switch (status) {
          case OPEN -> OutboundStatus.CANCELLED;
          case DECLINED -> OutboundStatus.RELEASED;
          case SETTLED -> throw DomainException.conflict("REQUEST_SETTLED");
          case CANCELLED, RELEASED -> throw DomainException.conflict("REQUEST_ALREADY_RELEASED");
        };
    releasedAt = now;
  }

  public String id() {
    return id;
  }

  public String serviceOrg() {
    return serviceOrg;
  }

  public String volunteerId() {
    return volunteerId;
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

  public OutboundStatus status() {
    return status;
  }

  public String declineReason() {
    return declineReason;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant settledAt() {
    return settledAt;
  }

  public Instant declinedAt() {
    return declinedAt;
  }

  public Instant releasedAt() {
    return releasedAt;
  }
}
