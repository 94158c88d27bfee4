package org.linli.volunteer.timebank.domain;

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
 * A withdrawal from the time bank: someone asks for a service and pays with held hours. The hours
 * are held when the request is made, so they cannot be spent twice; a request is closed once,
 * either confirmed (the delivered hours go to the provider) or cancelled (they go back).
 */
@Entity
@Table(name = "time_service_request")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class ServiceRequest {
  @Id private String id;

  @Column(name = "requester_volunteer_id")
  private String requesterVolunteerId;

  @Column(name = "requester_beneficiary_id")
  private String requesterBeneficiaryId;

  @Column(name = "service_category")
  private String serviceCategory;

  private String description;

  @Column(name = "held_minutes")
  private long heldMinutes;

  @Column(name = "scheduled_for")
  private Instant scheduledFor;

  @Enumerated(EnumType.STRING)
  private ServiceRequestStatus status;

  @Column(name = "provider_volunteer_id")
  private String providerVolunteerId;

  @Column(name = "delivered_minutes")
  private Long deliveredMinutes;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "assigned_by")
  private String assignedBy;

  @Column(name = "assigned_at")
  private Instant assignedAt;

  @Column(name = "closed_by")
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private long version;

  protected ServiceRequest() {}

  /** What the requester asks for. */
  public record Details(
      String serviceCategory, String description, long minutes, Instant scheduledFor) {}

  public static ServiceRequest open(
      String id, TimeHolder requester, Details details, String by, Instant now) {
    if (details.minutes() <= 0) {
      throw DomainException.invalidField("hours", "INVALID_AMOUNT");
    }
    ServiceRequest r = new ServiceRequest();
    r.id = id;
    r.requesterVolunteerId = requester.isVolunteer() ? requester.id() : null;
    r.requesterBeneficiaryId = requester.isVolunteer() ? null : requester.id();
    r.serviceCategory = details.serviceCategory().strip();
    r.description = details.description().strip();
    r.heldMinutes = details.minutes();
    r.scheduledFor = details.scheduledFor();
    r.status = ServiceRequestStatus.OPEN;
    r.createdBy = by;
    r.createdAt = now;
    return r;
  }

  /** Staff pick (or change) the provider before the service is delivered. */
  public void assign(String providerVolunteerId, String by, Instant now) {
    requireNotClosed();
    this.providerVolunteerId = providerVolunteerId;
    this.status = ServiceRequestStatus.ASSIGNED;
    this.assignedBy = by;
    this.assignedAt = now;
  }

  /**
   * Staff confirm the delivery: at most the held hours count; the caller settles them.
   *
   * @return the minutes held but not delivered, which go back to the requester
   */
  public long confirm(long delivered, String by, Instant now) {
    requireNotClosed();
    if (status != ServiceRequestStatus.ASSIGNED) {
      throw DomainException.conflict("SERVICE_REQUEST_NOT_ASSIGNED");
    }
    if (delivered <= 0) {
      throw DomainException.invalidField("hoursDelivered", "INVALID_AMOUNT");
    }
    if (delivered > heldMinutes) {
      throw DomainException.rule("DELIVERED_EXCEEDS_HELD");
    }
    this.deliveredMinutes = delivered;
    close(ServiceRequestStatus.CONFIRMED, by, now);
    return heldMinutes - delivered;
  }

  public void cancel(String by, Instant now) {
    requireNotClosed();
    close(ServiceRequestStatus.CANCELLED, by, now);
  }

  private void close(ServiceRequestStatus outcome, String by, Instant now) {
    this.status = outcome;
    this.closedBy = by;
    this.closedAt = now;
  }

  private void requireNotClosed() {
    if (status.closed()) {
      throw DomainException.conflict("SERVICE_REQUEST_CLOSED")
          .withMessage(
              status == ServiceRequestStatus.CONFIRMED
                  ? "SERVICE_REQUEST_CLOSED"
                  : "SERVICE_REQUEST_CLOSED.CANCELLED");
    }
  }

  public TimeHolder requester() {
    return requesterVolunteerId != null
        ? TimeHolder.volunteer(requesterVolunteerId)
        : TimeHolder.beneficiary(requesterBeneficiaryId);
  }

  /** The ledger transaction ids of this request's hold, settlement and release. */
  public String holdTransactionId() {
    return "tb-hold:" + id;
  }

  public String settleTransactionId() {
    return "tb-settle:" + id;
  }

  public String releaseTransactionId() {
    return "tb-release:" + id;
  }

  public String id() {
    return id;
  }

  public String requesterVolunteerId() {
    return requesterVolunteerId;
  }

  public String requesterBeneficiaryId() {
    return requesterBeneficiaryId;
  }

  public String serviceCategory() {
    return serviceCategory;
  }

  public String description() {
    return description;
  }

  public long heldMinutes() {
    return heldMinutes;
  }

  public Instant scheduledFor() {
    return scheduledFor;
  }

  public ServiceRequestStatus status() {
    return status;
  }

  public String providerVolunteerId() {
    return providerVolunteerId;
  }

  public Long deliveredMinutes() {
    return deliveredMinutes;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant assignedAt() {
    return assignedAt;
  }

  public String closedBy() {
    return closedBy;
  }

  public Instant closedAt() {
    return closedAt;
  }
}
