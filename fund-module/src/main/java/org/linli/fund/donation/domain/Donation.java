package org.linli.fund.donation.domain;

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
 * One gift. Cash and in-kind gifts are income when received and post a voucher at once; a pledge
 * (认捐) is only a promise — not income under the 民非 制度 — and is recorded without a voucher; each
 * payment of it is a cash donation of its own that names the pledge. A restricted gift names its
 * fund; a gift with a benefit in return (sponsorship) gets no donation receipt.
 */
@Entity
@Table(name = "donation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class Donation {
  public enum Kind {
    CASH,
    IN_KIND,
    PLEDGE
  }

  public enum Status {
    /** Cash or goods received (income). */
    RECEIVED,
    /** A pledge not yet paid in full. */
    PLEDGED,
    /** A pledge paid in full. */
    FULFILLED
  }

  /** How the money came: its account is 1001 现金 for cash, 1002 银行存款 otherwise. */
  public enum Channel {
    BANK,
    WECHAT,
    ALIPAY,
    CASH
  }

  /** 财会〔2020〕9号: the first basis that can be had, in this order, with evidence kept. */
  public enum ValuationBasis {
    EX_FACTORY_PRICE,
    SALES_PRICE,
    GOVERNMENT_GUIDE_PRICE,
    PLATFORM_PRICE
  }

  /** What an in-kind gift is. */
  public record Goods(
      String name,
      String unit,
      BigDecimal quantity,
      long unitValueFen,
      ValuationBasis basis,
      String evidence) {}

  @Id private String id;

  @Column(name = "donor_id")
  private String donorId;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "amount_fen")
  private long amountFen;

  @Column(name = "received_fen")
  private long receivedFen;

  @Column(name = "donated_on")
  private LocalDate donatedOn;

  @Column(name = "fund_id")
  private String fundId;

  private String purpose;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  private String reference;

  @Column(name = "item_name")
  private String itemName;

  @Column(name = "item_unit")
  private String itemUnit;

  private BigDecimal quantity;

  @Column(name = "unit_value_fen")
  private Long unitValueFen;

  @Enumerated(EnumType.STRING)
  @Column(name = "valuation_basis")
  private ValuationBasis valuationBasis;

  @Column(name = "valuation_evidence")
  private String valuationEvidence;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "pledge_id")
  private String pledgeId;

  @Column(name = "benefit_in_return")
  private boolean benefitInReturn;

  @Column(name = "voucher_id")
  private String voucherId;

  @Column(name = "public_token")
  private String publicToken;

  private String remark;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Version private long version;

  protected Donation() {}

  /** The common part; {@code amountFen} must be positive (checked at the API, kept here too). */
  public record Common(
      String id,
      String donorId,
      long amountFen,
      LocalDate date,
      String fundId,
      String purpose,
      boolean benefitInReturn,
      String remark,
      String publicToken,
      String by,
      Instant now) {
    public Common {
      if (amountFen <= 0) {
        throw DomainException.invalidField("amount", "INVALID_AMOUNT")
            .withMessage("INVALID_AMOUNT.POSITIVE");
      }
    }
  }

  private Donation(Common c, Kind kind, Status status) {
    this.id = c.id();
    this.donorId = c.donorId();
    this.kind = kind;
    this.status = status;
    this.amountFen = c.amountFen();
    this.donatedOn = c.date();
    this.fundId = c.fundId();
    this.purpose = c.purpose();
    this.benefitInReturn = c.benefitInReturn();
    this.remark = c.remark();
    this.publicToken = c.publicToken();
    this.createdBy = c.by();
    this.createdAt = c.now();
  }

  public static Donation cash(Common c, Channel channel, String reference, String pledgeId) {
    Donation d = new Donation(c, Kind.CASH, Status.RECEIVED);
    d.channel = channel;
    d.reference = reference;
    d.pledgeId = pledgeId;
    d.receivedFen = c.amountFen();
    return d;
  }

  public static Donation inKind(Common c, Goods goods) {
    Donation d = new Donation(c, Kind.IN_KIND, Status.RECEIVED);
    d.itemName = goods.name();
    d.itemUnit = goods.unit();
    d.quantity = goods.quantity();
    d.unitValueFen = goods.unitValueFen();
    d.valuationBasis = goods.basis();
    d.valuationEvidence = goods.evidence();
    d.receivedFen = c.amountFen();
    return d;
  }

  public static Donation pledge(Common c, LocalDate dueOn) {
    if (dueOn == null) {
      throw DomainException.invalidField("dueOn", "PLEDGE_DUE_DATE_REQUIRED");
    }
    if (dueOn.isBefore(c.date())) {
      throw DomainException.invalidField("dueOn", "PLEDGE_DUE_BEFORE_DATE");
    }
    Donation d = new Donation(c, Kind.PLEDGE, Status.PLEDGED);
    d.dueOn = dueOn;
    return d;
  }

  /** A payment received against this pledge; at most what is still outstanding. */
  public void receivePayment(long fen) {
    if (kind != Kind.PLEDGE) {
      throw DomainException.rule("NOT_A_PLEDGE");
    }
    if (status == Status.FULFILLED) {
      throw DomainException.conflict("PLEDGE_FULFILLED");
    }
    if (fen > outstandingFen()) {
      throw DomainException.rule("PLEDGE_OVERPAID").with(format(outstandingFen()));
    }
    receivedFen += fen;
    if (receivedFen == amountFen) {
      status = Status.FULFILLED;
    }
  }

  /** A donation receipt is for money or goods received, given without anything in return. */
  public void requireReceiptable() {
    if (benefitInReturn) {
      throw DomainException.rule("RECEIPT_NOT_ALLOWED_FOR_BENEFIT");
    }
    if (kind == Kind.PLEDGE) {
      throw DomainException.rule("RECEIPT_NOT_ALLOWED_FOR_PLEDGE");
    }
  }

  public void posted(String voucherId) {
    this.voucherId = voucherId;
  }

  public long outstandingFen() {
    return amountFen - receivedFen;
  }

  private static String format(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }

  public boolean restricted() {
    return fundId != null;
  }

  public String id() {
    return id;
  }

  public String donorId() {
    return donorId;
  }

  public Kind kind() {
    return kind;
  }

  public Status status() {
    return status;
  }

  public long amountFen() {
    return amountFen;
  }

  public long receivedFen() {
    return receivedFen;
  }

  public LocalDate donatedOn() {
    return donatedOn;
  }

  public String fundId() {
    return fundId;
  }

  public String purpose() {
    return purpose;
  }

  public Channel channel() {
    return channel;
  }

  public String reference() {
    return reference;
  }

  public Goods goods() {
    return kind != Kind.IN_KIND
        ? null
        : new Goods(itemName, itemUnit, quantity, unitValueFen, valuationBasis, valuationEvidence);
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public String pledgeId() {
    return pledgeId;
  }

  public boolean benefitInReturn() {
    return benefitInReturn;
  }

  public String voucherId() {
    return voucherId;
  }

  public String publicToken() {
    return publicToken;
  }

  public String remark() {
    return remark;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
