package org.linli.fund.receipt.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.fund.donation.application.Anonymize;
import org.linli.fund.receipt.application.PublicReceipts.Verification;
import org.linli.fund.receipt.domain.Receipt;
import org.linli.fund.receipt.domain.ReceiptSeries;

/** Bodies of the receipt APIs (公益事业捐赠票据). Money is a decimal string in yuan. */
public final class ReceiptDtos {
  private ReceiptDtos() {}

  static String yuan(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }

  public record SeriesRequest(
      @Schema(description = "票据代码, 8 digits", example = "33010124") @NotBlank String receiptCode,
      @Schema(description = "The first 票据号码 of the stock", example = "1") @NotNull Long firstNo,
      @Schema(description = "The last 票据号码 of the stock", example = "1000") @NotNull Long lastNo) {}

  public record SeriesView(
      String id,
      String receiptCode,
      String firstNo,
      String lastNo,
      @Schema(description = "The next number to be issued; null when the stock is used up")
          String nextNo,
      long remaining,
      Instant registeredAt) {
    static SeriesView of(ReceiptSeries s) {
      return new SeriesView(
          s.id(),
          s.receiptCode(),
          ReceiptSeries.number(s.firstNo()),
          ReceiptSeries.number(s.lastNo()),
          s.remaining() > 0 ? ReceiptSeries.number(s.nextNo()) : null,
          s.remaining(),
          s.registeredAt());
    }
  }

  public record ReceiptIssueRequest(
      @NotBlank @Size(max = 100) String donationId,
      @Schema(description = "The series to take from; default: the first with numbers left")
          @Size(max = 100)
          String seriesId,
      @Schema(
              description =
                  "The paper's 票据号码, when issuing against a printed stock: it must be the"
                      + " series' next number (422 RECEIPT_NUMBER_NOT_NEXT) inside the series"
                      + " (422 RECEIPT_NUMBER_OUTSIDE_SERIES)")
          Long number,
      @Size(max = 40) String projectCode,
      @Size(max = 200) String projectName,
      @Size(max = 500) String remark) {}

  public record VoidRequest(@NotBlank @Size(max = 500) String reason) {}

  public record ReceiptView(
      String id,
      String receiptCode,
      String receiptNo,
      String checkCode,
      String donationId,
      String payerName,
      String payerCreditCode,
      LocalDate issuedOn,
      String projectCode,
      String projectName,
      String unit,
      String quantity,
      String standard,
      String amount,
      long amountMinor,
      @Schema(description = "大写合计, e.g. 壹仟贰佰叁拾肆元伍角整") String amountInCapitals,
      String remark,
      @Schema(enumeration = {"ISSUED", "VOID"}) String status,
      String voidReason,
      Instant voidedAt,
      Instant issuedAt,
      @Schema(description = "The public check printed as the QR code") String verificationUrl) {
    static ReceiptView of(Receipt r, String url) {
      var f = r.facts();
      return new ReceiptView(
          r.id(),
          r.receiptCode(),
          r.number(),
          r.checkCode(),
          r.donationId(),
          f.payerName(),
          f.payerCode(),
          f.issuedOn(),
          f.projectCode(),
          f.projectName(),
          f.unit(),
          f.quantity().stripTrailingZeros().toPlainString(),
          yuan(f.standardFen()),
          yuan(f.amountFen()),
          f.amountFen(),
          r.amountInCapitals(),
          f.remark(),
          r.status().name(),
          r.voidReason(),
          r.voidedAt(),
          r.issuedAt(),
          url);
    }
  }

  /** The printed facts a holder of the check code sees; a person's name masked. */
  public record PublicReceiptFacts(
      String issuerName,
      String payerName,
      LocalDate issuedOn,
      String projectName,
      String amount,
      String amountInCapitals) {}

  public record ReceiptVerificationView(
      String receiptCode,
      String receiptNo,
      @Schema(enumeration = {"ISSUED", "VOID"}) String status,
      @Schema(
              description =
                  "Issued, not voided, its stored facts intact and the check code (if"
                      + " given) right")
          boolean valid,
      Boolean checkCodeMatches,
      @Schema(description = "True when the facts are withheld: no or a wrong check code (c)")
          boolean factsRequireCheckCode,
      PublicReceiptFacts facts) {
    static ReceiptVerificationView of(Verification v) {
      Receipt r = v.receipt();
      var f = r.facts();
      PublicReceiptFacts facts =
          v.factsDisclosed()
              ? new PublicReceiptFacts(
                  v.issuerName(),
                  f.payerCode() != null ? f.payerName() : Anonymize.name(f.payerName()),
                  f.issuedOn(),
                  f.projectName(),
                  yuan(f.amountFen()),
                  r.amountInCapitals())
              : null;
      return new ReceiptVerificationView(
          r.receiptCode(),
          r.number(),
          r.status().name(),
          v.valid(),
          v.checkMatches(),
          !v.factsDisclosed(),
          facts);
    }
  }
}
