package org.linli.fund.purchase.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.fund.accounting.domain.BooksQueries;
import org.linli.fund.purchase.application.ProjectLedgers;
import org.linli.fund.purchase.application.Settlements;
import org.linli.fund.purchase.domain.SettledOrder;
import org.linli.fund.purchase.domain.Settlement;
import org.linli.fund.purchase.domain.SettlementLine;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.error.DomainException;

/** Bodies and views of the settlement API; money as yuan strings ("1234.50") in CNY. */
public final class SettlementDtos {
  private SettlementDtos() {}

  static YearMonth parseMonth(String field, String raw) {
    if (raw == null || !raw.matches("[0-9]{4}-[0-9]{2}")) {
      throw DomainException.invalidField(field, "INVALID_PERIOD");
    }
    try {
      return YearMonth.parse(raw);
    } catch (DateTimeException e) {
      throw DomainException.invalidField(field, "INVALID_PERIOD");
    }
  }

  public record SettlementDraftRequest(
      @NotBlank @Schema(description = "The contract (buyer's copy)") String contractId,
      @NotBlank @Schema(description = "The service month, yyyy-MM", example = "2026-11")
          String month) {
    Settlements.DraftSettlement toCommand() {
      return new Settlements.DraftSettlement(contractId.strip(), parseMonth("month", month));
    }
  }

  public record SettlementInvoiceRequest(
      @NotBlank
          @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,39}")
          @Schema(description = "The invoice number (发票号码), 1-40 letters, digits or -")
          String invoiceNo,
      @NotBlank @Schema(description = "Yuan, exactly the amount due", example = "1234.50")
          String amount) {
    Settlements.Invoice toCommand(String id, String ifMatch) {
      return new Settlements.Invoice(id, ifMatch, invoiceNo, PurchaseDtos.yuan("amount", amount));
    }
  }

  public record SettlementPaymentRequest(
      @NotBlank @Schema(description = "Date of payment, on or after the invoice, not in the future")
          String paidOn,
      @NotBlank
          @Size(max = 80)
          @Schema(description = "The bank's or the treasury's payment reference (支付凭证号)")
          String reference) {
    Settlements.Payment toCommand(String id, String ifMatch) {
      LocalDate on = QueryParams.date("paidOn", paidOn);
      return new Settlements.Payment(id, ifMatch, on, reference.strip());
    }
  }

  public record PurchaseSettlementView(
      String id,
      @Schema(description = "Whose copy: BUYER or PROVIDER") String side,
      String contractId,
      String contractNo,
      String buyerOrg,
      String providerOrg,
      @Schema(example = "2026-11") String month,
      @Schema(enumeration = {"DRAFT", "ACCEPTED", "INVOICED", "PAID"}) String status,
      @Schema(description = "The ETag; accept, invoice and pay name it in If-Match") int version,
      @Schema(description = "Completed orders of the month") int orderCount,
      String grossAmount,
      String deductionAmount,
      String amountDue,
      @Schema(example = "CNY") String currency,
      String draftedBy,
      Instant draftedAt,
      String acceptedBy,
      Instant acceptedAt,
      String invoiceNo,
      String invoiceAmount,
      Instant invoicedAt,
      LocalDate paidOn,
      String paymentRef,
      Instant paidAt,
      @Schema(description = "Provider's copy: the voucher of the receivable, once posted")
          String accrualVoucherId,
      @Schema(description = "Provider's copy: the voucher of the receipt, once posted")
          String paymentVoucherId) {
    static PurchaseSettlementView of(Settlement s) {
      return new PurchaseSettlementView(
          s.id(),
          s.side().name(),
          s.contractId(),
          s.contractNo(),
          s.buyerOrg(),
          s.providerOrg(),
          s.month().toString(),
          s.status().name(),
          s.version(),
          s.orderCount(),
          PurchaseDtos.yuan(s.grossAmount()),
          PurchaseDtos.yuan(s.deductionAmount()),
          PurchaseDtos.yuan(s.amountDue()),
          "CNY",
          s.draftedBy(),
          s.draftedAt(),
          s.acceptedBy(),
          s.acceptedAt(),
          s.invoiceNo(),
          s.invoiceAmount() == null ? null : PurchaseDtos.yuan(s.invoiceAmount()),
          s.invoicedAt(),
          s.paidOn(),
          s.paymentRef(),
          s.paidAt(),
          s.accrualVoucherId(),
          s.paymentVoucherId());
    }
  }

  public record SettlementLineView(
      String itemCode,
      String name,
      String unit,
      String unitPrice,
      int completedCount,
      String grossAmount,
      int deductedCount,
      String deductionAmount,
      int settledCount,
      String amountDue) {
    static SettlementLineView of(SettlementLine l) {
      return new SettlementLineView(
          l.itemCode(),
          l.name(),
          l.unit().name(),
          PurchaseDtos.yuan(l.unitPrice()),
          l.completedCount(),
          PurchaseDtos.yuan(l.grossAmount()),
          l.deductedCount(),
          PurchaseDtos.yuan(l.deductionAmount()),
          l.settledCount(),
          PurchaseDtos.yuan(l.amountDue()));
    }
  }

  public record PurchaseSettlementDetailView(
      PurchaseSettlementView settlement, List<SettlementLineView> lines) {
    static PurchaseSettlementDetailView of(Settlements.SettlementDetail d) {
      return new PurchaseSettlementDetailView(
          PurchaseSettlementView.of(d.settlement()),
          d.lines().stream().map(SettlementLineView::of).toList());
    }
  }

  public record SettledOrderView(
      String orderId,
      String itemCode,
      String unitPrice,
      LocalDate serviceDate,
      @Schema(enumeration = {"PAID", "DEDUCTED"}) String outcome,
      @Schema(description = "Why deducted: OPEN_FLAG, REJECTED_FLAG, FAILED_CHECK") String reason,
      @Schema(description = "E.g. the flags' rules") String detail) {
    static SettledOrderView of(SettledOrder o) {
      return new SettledOrderView(
          o.orderId(),
          o.itemCode(),
          PurchaseDtos.yuan(o.unitPrice()),
          o.serviceDate(),
          o.paid() ? "PAID" : "DEDUCTED",
          o.reason(),
          o.detail());
    }
  }

  public record SettlementBudgetItemView(
      String itemCode,
      String name,
      String unit,
      String unitPrice,
      int quantity,
      String budget,
      long settledCount,
      String settledAmount,
      long deductedCount,
      String deductedAmount,
      long remainingQuantity,
      String remainingBudget) {}

  public record SettlementBudgetView(
      String contractId,
      String contractNo,
      String side,
      String totalAmount,
      @Schema(description = "Amount due of accepted settlements") String settledAmount,
      @Schema(description = "Of which paid") String paidAmount,
      String remainingAmount,
      @Schema(example = "CNY") String currency,
      @Schema(description = "Provider's copy: the contract's project (专账) in its books")
          String fundId,
      List<SettlementBudgetItemView> items) {}

  /** A line of a contract's project ledger (专账) with the project's surplus right after it. */
  public record ProjectLedgerLineView(
      LocalDate date,
      String voucherId,
      String voucherNumber,
      String accountCode,
      String accountName,
      String summary,
      @Schema(nullable = true) String debit,
      @Schema(nullable = true) String credit,
      @Schema(description = "The project's surplus (income less expenses) after this line")
          String balance) {
    static ProjectLedgerLineView of(BooksQueries.FundLine l) {
      return new ProjectLedgerLineView(
          l.date(),
          l.voucherId().toString(),
          l.voucherNumber(),
          l.accountCode(),
          l.accountName(),
          l.summary(),
          l.debit() == 0 ? null : PurchaseDtos.yuan(l.debit()),
          l.credit() == 0 ? null : PurchaseDtos.yuan(l.credit()),
          PurchaseDtos.yuan(l.balance()));
    }
  }

  /**
   * A page of a contract's project ledger (专账) in the provider's books: the voucher lines on the
   * contract's fund, with the project's surplus (income less expenses) before {@code from} and at
   * {@code to}.
   */
  @JsonbNillable
  public record ProjectLedgerView(
      String contractId,
      String contractNo,
      String fundId,
      LocalDate from,
      LocalDate to,
      String openingBalance,
      String closingBalance,
      String currency,
      @Schema(required = true) List<ProjectLedgerLineView> items,
      @Schema(required = true, nullable = true, description = "null on the last page")
          String nextCursor) {
    static ProjectLedgerView of(ProjectLedgers.ProjectLedger l) {
      return new ProjectLedgerView(
          l.contract().id(),
          l.contract().number(),
          l.fundId().toString(),
          l.from(),
          l.to(),
          PurchaseDtos.yuan(l.opening()),
          PurchaseDtos.yuan(l.closing()),
          "CNY",
          l.lines().items().stream().map(ProjectLedgerLineView::of).toList(),
          l.lines().nextCursor());
    }
  }
}
