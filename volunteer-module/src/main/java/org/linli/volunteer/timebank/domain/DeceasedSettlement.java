package org.linli.volunteer.timebank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The settlement of a deceased holder's time accounts: recorded once per volunteer (the primary
 * key), never changed. While it exists, hours approved for the volunteer go to the pool.
 */
@Entity
@Table(name = "time_bank_deceased_settlement")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class DeceasedSettlement {
  @Id
  @Column(name = "volunteer_id")
  private String volunteerId;

  @Column(name = "date_of_death")
  private LocalDate dateOfDeath;

  /** E.g. the death certificate number (死亡证明编号) and notes. */
  private String evidence;

  @Enumerated(EnumType.STRING)
  private DeceasedBalanceRule rule;

  @Column(name = "heir_volunteer_id")
  private String heirVolunteerId;

  @Column(name = "to_heir_minutes")
  private long toHeirMinutes;

  @Column(name = "to_pool_minutes")
  private long toPoolMinutes;

  /** Null when there was nothing to move. */
  @Column(name = "transaction_id")
  private String transactionId;

  @Column(name = "settled_by")
  private String settledBy;

  @Column(name = "settled_at")
  private Instant settledAt;

  protected DeceasedSettlement() {}

  /** Where the balance went. */
  public record Outcome(
      DeceasedBalanceRule rule,
      String heirVolunteerId,
      long toHeirMinutes,
      long toPoolMinutes,
      String transactionId) {}

  public DeceasedSettlement(
      String volunteerId,
      LocalDate dateOfDeath,
      String evidence,
      Outcome outcome,
      String settledBy,
      Instant settledAt) {
    this.volunteerId = volunteerId;
    this.dateOfDeath = dateOfDeath;
    this.evidence = evidence;
    this.rule = outcome.rule();
    this.heirVolunteerId = outcome.heirVolunteerId();
    this.toHeirMinutes = outcome.toHeirMinutes();
    this.toPoolMinutes = outcome.toPoolMinutes();
    this.transactionId = outcome.transactionId();
    this.settledBy = settledBy;
    this.settledAt = settledAt;
  }

  public String volunteerId() {
    return volunteerId;
  }

  public LocalDate dateOfDeath() {
    return dateOfDeath;
  }

  public String evidence() {
    return evidence;
  }

  public DeceasedBalanceRule rule() {
    return rule;
  }

  public String heirVolunteerId() {
    return heirVolunteerId;
  }

  public long toHeirMinutes() {
    return toHeirMinutes;
  }

  public long toPoolMinutes() {
    return toPoolMinutes;
  }

  public String transactionId() {
    return transactionId;
  }

  public String settledBy() {
    return settledBy;
  }

  public Instant settledAt() {
    return settledAt;
  }
}
