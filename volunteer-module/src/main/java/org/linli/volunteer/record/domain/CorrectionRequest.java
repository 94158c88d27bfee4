package org.linli.volunteer.record.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.linli.kernel.error.DomainException;

/**
 * A volunteer's request that one of their records be corrected (《记录与证明出具办法》 Art. 12–13). Resolved
 * once: corrected (pointing at the correcting record) or declined with an explanation.
 */
@Entity
@Table(name = "correction_request")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class CorrectionRequest {
  @Id private String id;

  @Column(name = "record_id")
  private String recordId;

  @Column(name = "volunteer_id")
  private String volunteerId;

  private String message;
  private String status;
  private String resolution;

  @Column(name = "corrected_by_id")
  private String correctedById;

  @Column(name = "resolved_by")
  private String resolvedBy;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected CorrectionRequest() {}

  public CorrectionRequest(String id, ServiceRecord record, String message, Instant now) {
    if (message == null || message.isBlank()) {
      throw DomainException.invalidField("message", "MESSAGE_REQUIRED");
    }
    this.id = id;
    this.recordId = record.id();
    this.volunteerId = record.volunteerId();
    this.message = message.strip();
    this.status = "OPEN";
    this.createdAt = now;
  }

  public void corrected(String correctingRecordId, String by, Instant now) {
    resolve("CORRECTED", "已更正 (corrected)", by, now);
    this.correctedById = correctingRecordId;
  }

  public void decline(String explanation, String by, Instant now) {
    if (explanation == null || explanation.isBlank()) {
      throw DomainException.invalidField("resolution", "RESOLUTION_REQUIRED");
    }
    resolve("DECLINED", explanation, by, now);
  }

  private void resolve(String outcome, String text, String by, Instant now) {
    if (!"OPEN".equals(status)) {
      throw DomainException.conflict("REQUEST_ALREADY_RESOLVED");
    }
    status = outcome;
    resolution = text;
    resolvedBy = by;
    resolvedAt = now;
  }

  public String id() {
    return id;
  }

  public String recordId() {
    return recordId;
  }

  public String volunteerId() {
    return volunteerId;
  }

  public String message() {
    return message;
  }

  public String status() {
    return status;
  }

  public String resolution() {
    return resolution;
  }

  public String correctedById() {
    return correctedById;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
