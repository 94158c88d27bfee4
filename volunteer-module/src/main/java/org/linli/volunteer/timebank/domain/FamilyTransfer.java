package org.linli.volunteer.timebank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** Hours a volunteer gave to a family beneficiary; the ledger transaction moved them. */
@Entity
@Table(name = "time_family_transfer")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class FamilyTransfer {
  @Id private String id;

  @Column(name = "volunteer_id")
  private String volunteerId;

  @Column(name = "beneficiary_id")
  private String beneficiaryId;

  private long minutes;

  @Column(name = "effective_date")
  private LocalDate effectiveDate;

  @Column(name = "transaction_id")
  private String transactionId;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected FamilyTransfer() {}

  public FamilyTransfer(
      String id,
      Beneficiary beneficiary,
      long minutes,
      LocalDate effectiveDate,
      String by,
      Instant now) {
    if (minutes <= 0) {
      throw new IllegalArgumentException("a transfer moves a positive number of minutes");
    }
    this.id = id;
    this.volunteerId = beneficiary.volunteerId();
    this.beneficiaryId = beneficiary.id();
    this.minutes = minutes;
    this.effectiveDate = effectiveDate;
    this.transactionId = transactionIdOf(id);
    this.createdBy = by;
    this.createdAt = now;
  }

  /** The ledger transaction of a transfer: its id makes a replay post nothing. */
  public static String transactionIdOf(String transferId) {
    return "tb-family:" + transferId;
  }

  public String id() {
    return id;
  }

  public String volunteerId() {
    return volunteerId;
  }

  public String beneficiaryId() {
    return beneficiaryId;
  }

  public long minutes() {
    return minutes;
  }

  public LocalDate effectiveDate() {
    return effectiveDate;
  }

  public String transactionId() {
    return transactionId;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
