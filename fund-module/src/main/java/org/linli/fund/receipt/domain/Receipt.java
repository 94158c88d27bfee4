package org.linli.fund.receipt.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.linli.kernel.error.DomainException;

/**
 * A 公益事业捐赠票据 (财综〔2024〕1号) as issued: its facts are frozen at issue, so a later change of the
 * donor's name does not change a receipt already given. Voiding (作废) keeps the number, with who,
 * when and why; a voided number is never issued again.
 */
@Entity
@Table(name = "receipt")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class Receipt {
  public enum Status {
    ISSUED,
    VOID
  }

  /** The printed facts (票面). */
  public record Facts(
      String payerName,
      String payerCode,
      LocalDate issuedOn,
      String projectCode,
      String projectName,
      String unit,
      BigDecimal quantity,
      long standardFen,
      long amountFen,
      String remark) {}

  @Id private String id;

  @Column(name = "series_id")
  private String seriesId;

  @Column(name = "receipt_code")
  private String receiptCode;

  @Column(name = "receipt_no")
  private long receiptNo;

  @Column(name = "check_code")
  private String checkCode;

  @Column(name = "donation_id")
  private String donationId;

  @Column(name = "payer_name")
  private String payerName;

  @Column(name = "payer_code")
  private String payerCode;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(name = "project_code")
  private String projectCode;

  @Column(name = "project_name")
  private String projectName;

  @Column(name = "item_unit")
  private String itemUnit;

  private BigDecimal quantity;

  @Column(name = "standard_fen")
  private long standardFen;

  @Column(name = "amount_fen")
  private long amountFen;

  private String remark;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "issued_at")
  private Instant issuedAt;

  @Column(name = "issued_by")
  private String issuedBy;

  @Column(name = "voided_at")
  private Instant voidedAt;

  @Column(name = "voided_by")
  private String voidedBy;

  @Column(name = "void_reason")
  private String voidReason;

  @Version private long version;

  protected Receipt() {}

  public Receipt(
      String id,
      ReceiptSeries series,
      long receiptNo,
      String checkCode,
      String donationId,
      Facts facts,
      String by,
      Instant now) {
    if (!series.contains(receiptNo)) {
      throw DomainException.rule("RECEIPT_NUMBER_OUTSIDE_SERIES")
          .with(ReceiptSeries.number(receiptNo), series.receiptCode());
    }
    this.id = id;
    this.seriesId = series.id();
    this.receiptCode = series.receiptCode();
    this.receiptNo = receiptNo;
    this.checkCode = checkCode;
    this.donationId = donationId;
    this.payerName = facts.payerName();
    this.payerCode = facts.payerCode();
    this.issuedOn = facts.issuedOn();
    this.projectCode = facts.projectCode();
    this.projectName = facts.projectName();
    this.itemUnit = facts.unit();
    this.quantity = facts.quantity();
    this.standardFen = facts.standardFen();
    this.amountFen = facts.amountFen();
    this.remark = facts.remark();
    this.status = Status.ISSUED;
    this.issuedBy = by;
    this.issuedAt = now;
  }

  public void voidWith(String reason, String by, Instant now) {
    if (status == Status.VOID) {
      throw DomainException.conflict("RECEIPT_ALREADY_VOID");
    }
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalidField("reason", "VOID_REASON_REQUIRED");
    }
    status = Status.VOID;
    voidReason = reason.strip();
    voidedBy = by;
    voidedAt = now;
  }

  public Facts facts() {
    return new Facts(
        payerName,
        payerCode,
        issuedOn,
        projectCode,
        projectName,
        itemUnit,
        quantity,
        standardFen,
        amountFen,
        remark);
  }

  /** The total in Chinese capitals, as printed. */
  public String amountInCapitals() {
    return ChineseAmount.of(amountFen);
  }

  public String number() {
    return ReceiptSeries.number(receiptNo);
  }

  public String id() {
    return id;
  }

  public String seriesId() {
    return seriesId;
  }

  public String receiptCode() {
    return receiptCode;
  }

  public long receiptNo() {
    return receiptNo;
  }

  public String checkCode() {
    return checkCode;
  }

  public String donationId() {
    return donationId;
  }

  public Status status() {
    return status;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant voidedAt() {
    return voidedAt;
  }

  public String voidReason() {
    return voidReason;
  }
}
