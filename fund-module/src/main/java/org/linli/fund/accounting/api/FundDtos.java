package org.linli.fund.accounting.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.fund.accounting.application.Funds.CreateFund;
import org.linli.fund.accounting.application.Funds.FundWithBalance;
import org.linli.fund.accounting.domain.Fund;
import org.linli.fund.accounting.domain.VoucherRepository.PostingLine;

/** Bodies of the funds API; money as decimal strings in yuan. */
public final class FundDtos {
  private FundDtos() {}

  public record FundRequest(
      @NotBlank @Size(max = 100) String name,
      @Size(max = 1000) String purpose,
      @Schema(description = "Purpose restriction (限定用途)") @Size(max = 1000)
          String restrictionPurpose,
      @Schema(description = "Time restriction: restricted until this date (限定时间)")
          LocalDate restrictedUntil,
      @Schema(description = "Budget in yuan, e.g. \"50000.00\"", example = "50000.00")
          String budget,
      LocalDate startDate,
      LocalDate endDate) {
    CreateFund toCommand() {
      return new CreateFund(
          null,
          name,
          purpose,
          restrictionPurpose,
          restrictedUntil,
          budget == null ? null : Amounts.positive("budget", budget),
          startDate,
          endDate);
    }
  }

  public record FundView(
      String id,
      String name,
      String purpose,
      String restrictionPurpose,
      LocalDate restrictedUntil,
      String budget,
      LocalDate startDate,
      LocalDate endDate,
      @Schema(enumeration = {"ACTIVE", "CLOSED"}) String status,
      @Schema(description = "Restricted receipts minus charges and releases, in yuan")
          String balance,
      Instant createdAt) {
    static FundView of(FundWithBalance fb) {
      Fund f = fb.fund();
      return new FundView(
          f.id().toString(),
          f.name(),
          f.purpose(),
          f.restrictionPurpose(),
          f.restrictedUntil(),
          Amounts.yuanOrNull(f.budget()),
          f.startDate(),
          f.endDate(),
          f.status().name(),
          Amounts.yuan(fb.balance()),
          f.createdAt());
    }
  }

  /** A posted charge against a fund (a restricted expense line). */
  public record ChargeView(
      String voucherId,
      String voucherNumber,
      LocalDate date,
      String accountCode,
      String accountName,
      String amount,
      String summary,
      String source) {
    static ChargeView of(PostingLine l) {
      return new ChargeView(
          l.voucherId().toString(),
          l.voucherNumber(),
          l.date(),
          l.accountCode(),
          l.accountName(),
          Amounts.yuan(l.debit() - l.credit()),
          l.summary(),
          l.source());
    }
  }

  static UUID id(String raw) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw org.linli.kernel.error.DomainException.notFound("FUND_NOT_FOUND");
    }
  }
}
