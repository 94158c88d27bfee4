package org.linli.fund.receipt.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.linli.kernel.error.DomainException;

/**
 * A stock of receipt numbers the organization obtained from the 财政 department: one 票据代码 and a range
 * of 票据号码. Numbers are taken in order (next_no), never skipped or reused; the taking is a guarded
 * update in the repository so concurrent issues queue on the series row.
 */
@Entity
@Table(name = "receipt_series")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class ReceiptSeries {
  public static final long MAX_NO = 9_999_999_999L;

  @Id private String id;

  @Column(name = "receipt_code")
  private String receiptCode;

  @Column(name = "first_no")
  private long firstNo;

  @Column(name = "last_no")
  private long lastNo;

  @Column(name = "next_no")
  private long nextNo;

  @Column(name = "registered_at")
  private Instant registeredAt;

  @Column(name = "registered_by")
  private String registeredBy;

  protected ReceiptSeries() {}

  public ReceiptSeries(
      String id, String receiptCode, long firstNo, long lastNo, String by, Instant now) {
    if (receiptCode == null || !receiptCode.matches("[0-9]{8}")) {
      throw DomainException.invalidField("receiptCode", "INVALID_RECEIPT_CODE");
    }
    if (firstNo < 1 || lastNo > MAX_NO || firstNo > lastNo) {
      throw DomainException.invalidField("lastNo", "INVALID_RECEIPT_RANGE");
    }
    this.id = id;
    this.receiptCode = receiptCode;
    this.firstNo = firstNo;
    this.lastNo = lastNo;
    this.nextNo = firstNo;
    this.registeredBy = by;
    this.registeredAt = now;
  }

  /** The receipt number as printed: ten digits. */
  public static String number(long no) {
    return String.format("%010d", no);
  }

  public boolean contains(long no) {
    return no >= firstNo && no <= lastNo;
  }

  public boolean overlaps(ReceiptSeries other) {
    return receiptCode.equals(other.receiptCode)
        && firstNo <= other.lastNo
        && other.firstNo <= lastNo;
  }

  public long remaining() {
    return lastNo - nextNo + 1;
  }

  public String id() {
    return id;
  }

  public String receiptCode() {
    return receiptCode;
  }

  public long firstNo() {
    return firstNo;
  }

  public long lastNo() {
    return lastNo;
  }

  public long nextNo() {
    return nextNo;
  }

  public Instant registeredAt() {
    return registeredAt;
  }
}
