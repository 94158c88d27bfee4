package org.linli.fund.receipt.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.linli.fund.donation.domain.Donation;
import org.linli.fund.donation.domain.DonationRepository;
import org.linli.fund.donation.domain.Donor;
import org.linli.fund.receipt.application.ReceiptCommands.IssueReceipt;
import org.linli.fund.receipt.application.ReceiptCommands.RegisterSeries;
import org.linli.fund.receipt.domain.Receipt;
import org.linli.fund.receipt.domain.ReceiptRepository;
import org.linli.fund.receipt.domain.ReceiptSeries;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;

/**
 * Receipt series and receipts (公益事业捐赠票据). Issuing locks the donation (one valid receipt per
 * donation), then takes the series' next number by a guarded update that holds the series row until
 * commit, so concurrent issues get consecutive numbers and a refused issue gives its number back.
 * Lock order in every issue: donation, series, audit chain head.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Receipts {
  /** 项目编码 when the issuer names none: money and goods are told apart. */
  static final String CASH_PROJECT_CODE = "010101";

  static final String GOODS_PROJECT_CODE = "010102";

  @Inject ReceiptRepository receipts;
  @Inject DonationRepository donations;
  @Inject ReceiptChecks checks;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;
  @Inject Event<ReceiptIssued> issuedEvents;

  public ReceiptSeries register(RegisterSeries c) {
    ReceiptSeries series =
        new ReceiptSeries(
            UUID.randomUUID().toString(),
            c.receiptCode(),
            c.firstNo(),
            c.lastNo(),
            requestContext.actor(),
            Instant.now());
    if (receipts.allSeries().stream().anyMatch(series::overlaps)) {
      throw DomainException.conflict("RECEIPT_SERIES_OVERLAP");
    }
    receipts.addSeries(series);
    auditLog.record(
        "RECEIPT_SERIES_REGISTERED",
        "receipt_series",
        series.id(),
        null,
        "{\"code\":\""
            + c.receiptCode()
            + "\",\"from\":"
            + c.firstNo()
            + ",\"to\":"
            + c.lastNo()
            + "}");
    return series;
  }

  public List<ReceiptSeries> series() {
    return receipts.allSeries();
  }

  public Receipt issue(IssueReceipt c) {
    Donation donation =
        donations
            .lock(c.donationId())
            .orElseThrow(() -> DomainException.notFound("DONATION_NOT_FOUND"));
    donation.requireReceiptable();
    if (receipts.validFor(donation.id()).isPresent()) {
      throw DomainException.conflict("DONATION_ALREADY_RECEIPTED");
    }
    ReceiptSeries series =
        c.seriesId() == null
            ? receipts.openSeries().orElseThrow(() -> DomainException.rule("NO_RECEIPT_SERIES"))
            : receipts
                .findSeries(c.seriesId())
                .orElseThrow(() -> DomainException.notFound("RECEIPT_SERIES_NOT_FOUND"));
    if (c.number() != null && !series.contains(c.number())) {
      throw DomainException.rule("RECEIPT_NUMBER_OUTSIDE_SERIES")
          .with(ReceiptSeries.number(c.number()), series.receiptCode());
    }
    long no =
        receipts
            .takeNext(series.id(), c.number())
            .orElseThrow(
                () ->
                    c.number() == null
                        ? DomainException.rule("RECEIPT_SERIES_EXHAUSTED")
                            .with(series.receiptCode())
                        : DomainException.rule("RECEIPT_NUMBER_NOT_NEXT")
                            .with(ReceiptSeries.number(c.number())));
    Donor donor = donations.findDonor(donation.donorId()).orElseThrow();
    Receipt.Facts facts = facts(donation, donor, c);
    String check =
        checks.checkCode(
            requestContext.tenant().value(),
            series.receiptCode(),
            no,
            facts.amountFen(),
            facts.issuedOn().toString(),
            facts.payerName());
    Receipt receipt =
        new Receipt(
            UUID.randomUUID().toString(),
            series,
            no,
            check,
            donation.id(),
            facts,
            requestContext.actor(),
            Instant.now());
    receipts.add(receipt);
    auditLog.record(
        "RECEIPT_ISSUED",
        "receipt",
        receipt.id(),
        null,
        "{\"code\":\""
            + receipt.receiptCode()
            + "\",\"no\":\""
            + receipt.number()
            + "\",\"donation\":\""
            + donation.id()
            + "\",\"amountFen\":"
            + facts.amountFen()
            + "}");
    issuedEvents.fire(
        new ReceiptIssued(
            requestContext.tenant().value(),
            receipt.id(),
            receipt.receiptCode(),
            receipt.number(),
            receipt.checkCode(),
            donation.id(),
            facts.payerName(),
            facts.payerCode(),
            facts.issuedOn(),
            facts.projectCode(),
            facts.projectName(),
            facts.unit(),
            facts.quantity() == null ? null : facts.quantity().toPlainString(),
            facts.standardFen(),
            facts.amountFen(),
            facts.remark()));
    return receipt;
  }

  public Receipt voidReceipt(String receiptId, String reason) {
    Receipt receipt = get(receiptId);
    receipt.voidWith(reason, requestContext.actor(), Instant.now());
    auditLog.record(
        "RECEIPT_VOIDED",
        "receipt",
        receipt.id(),
        "{\"status\":\"ISSUED\"}",
        "{\"status\":\"VOID\"}");
    return receipt;
  }

  public Receipt get(String receiptId) {
    return receipts
        .find(receiptId)
        .orElseThrow(() -> DomainException.notFound("RECEIPT_NOT_FOUND"));
  }

  public Page<Receipt> list(Receipt.Status status, String donationId, PageRequest page) {
    var after = page.afterInstantAndId();
    return page.page(
        receipts.list(
            status,
            donationId,
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1),
        r -> PageRequest.key(r.issuedAt(), r.id()));
  }

  /** The printed facts, frozen at issue: cash as one line of its amount, goods as counted. */
  static Receipt.Facts facts(Donation d, Donor donor, IssueReceipt c) {
    boolean goods = d.kind() == Donation.Kind.IN_KIND;
    String projectCode =
        c.projectCode() != null ? c.projectCode() : goods ? GOODS_PROJECT_CODE : CASH_PROJECT_CODE;
    String projectName =
        c.projectName() != null
            ? c.projectName()
            : goods ? "捐赠物资：" + d.goods().name() : d.restricted() ? "限定性捐赠" : "非限定性捐赠";
    String remark = c.remark();
    if (remark == null && d.purpose() != null) {
      remark = "用途：" + d.purpose();
    }
    LocalDate today = ChinaTime.today();
    if (goods) {
      return new Receipt.Facts(
          donor.name(),
          donor.creditCode(),
          today,
          projectCode,
          projectName,
          d.goods().unit(),
          d.goods().quantity(),
          d.goods().unitValueFen(),
          d.amountFen(),
          remark);
    }
    return new Receipt.Facts(
        donor.name(),
        donor.creditCode(),
        today,
        projectCode,
        projectName,
        "元",
        BigDecimal.ONE,
        d.amountFen(),
        d.amountFen(),
        remark);
  }
}
