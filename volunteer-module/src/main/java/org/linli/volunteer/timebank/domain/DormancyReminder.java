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

/**
 * A reminder that a volunteer's time balance has been untouched since {@code dormantSince} (the
 * last posting's effective date). One per account and date, so reminding twice adds nothing.
 */
@Entity
@Table(name = "time_bank_dormancy_reminder")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class DormancyReminder {
  @Id private String id;

  @Column(name = "account_id")
  private String accountId;

  @Column(name = "account_kind")
  private String accountKind;

  @Column(name = "volunteer_id")
  private String volunteerId;

  @Column(name = "dormant_since")
  private LocalDate dormantSince;

  @Column(name = "balance_minutes")
  private long balanceMinutes;

  @Column(name = "as_of")
  private LocalDate asOf;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  protected DormancyReminder() {}

  public String id() {
    return id;
  }

  public String accountId() {
    return accountId;
  }

  public String accountKind() {
    return accountKind;
  }

  public String volunteerId() {
    return volunteerId;
  }

  public LocalDate dormantSince() {
    return dormantSince;
  }

  public long balanceMinutes() {
    return balanceMinutes;
  }

  public LocalDate asOf() {
    return asOf;
  }

  public Instant remindedAt() {
    return remindedAt;
  }
}
