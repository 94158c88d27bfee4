package org.linli.fund.purchase.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.linli.kernel.error.DomainException;

/**
 * One side's copy of a contract's monthly settlement (结算单): the figures are computed from the
 * buyer's copy of the month's completed orders while a draft, and frozen from acceptance on.
 * Amounts in fen; {@code version} is the ETag.
 */
public record Settlement(
    String id,
    Side side,
    String contractId,
    String buyerOrg,
    String providerOrg,
    String contractNo,
    YearMonth month,
    SettlementStatus status,
    int version,
    int orderCount,
    long grossAmount,
    long deductionAmount,
    long amountDue,
    String draftedBy,
    Instant draftedAt,
    String acceptedBy,
    Instant acceptedAt,
    String invoiceNo,
    Long invoiceAmount,
    String invoicedBy,
    Instant invoicedAt,
    LocalDate paidOn,
    String paymentRef,
    String paidBy,
    Instant paidAt,
    String accrualVoucherId,
    String paymentVoucherId) {

  /** 403 SETTLEMENT_BUYER_ONLY / SETTLEMENT_PROVIDER_ONLY on the other side's copy. */
  public void requireSide(Side expected) {
    if (side != expected) {
      throw DomainException.forbidden(
          expected == Side.BUYER ? "SETTLEMENT_BUYER_ONLY" : "SETTLEMENT_PROVIDER_ONLY");
    }
  }

  /** 409 SETTLEMENT_STATUS_CONFLICT naming the current status. */
  public void requireStatus(SettlementStatus expected) {
    if (status != expected) {
      throw DomainException.conflict("SETTLEMENT_STATUS_CONFLICT").with(status.name());
    }
  }

  /** 412 VERSION_MISMATCH when the caller read another version. */
  public void requireVersion(long expected) {
    if (version != expected) {
      throw new DomainException(
          org.linli.kernel.error.ErrorKind.PRECONDITION_FAILED, "VERSION_MISMATCH");
    }
  }

  /** An invoice must be for exactly the amount due (422 INVOICE_AMOUNT_MISMATCH). */
  public void requireInvoiceAmount(long amount) {
    if (amount != amountDue) {
      throw DomainException.rule("INVOICE_AMOUNT_MISMATCH")
          .with(org.linli.fund.ledger.domain.Unit.CNY.format(amountDue));
    }
  }
}
