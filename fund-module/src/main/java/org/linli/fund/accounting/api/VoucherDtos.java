package org.linli.fund.accounting.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.fund.accounting.application.VoucherPosting.LineInput;
import org.linli.fund.accounting.application.Vouchers.DraftVoucher;
import org.linli.fund.accounting.application.Vouchers.Release;
import org.linli.fund.accounting.domain.Voucher;
import org.linli.kernel.error.DomainException;

/**
 * Bodies of the vouchers API; amounts as decimal strings in yuan, positive, two decimals at most.
 */
public final class VoucherDtos {
  private VoucherDtos() {}

  public record LineInputView(
      @NotBlank @Size(max = 10) String accountCode,
      @Schema(
              description = "Debit in yuan; give exactly one of debit and credit",
              example = "100.00")
          String debit,
      @Schema(description = "Credit in yuan", example = "100.00") String credit,
      @Schema(description = "The fund; required on restricted accounts") String fundId,
      @Size(max = 100) String department,
      @Size(max = 200) String summary) {}

  public record VoucherRequest(
      @NotNull LocalDate date,
      @NotBlank @Size(max = 200) String summary,
      @Max(999) Integer attachments,
      @NotEmpty @Size(max = 200) List<@NotNull @Valid LineInputView> lines) {
    DraftVoucher toCommand() {
      List<LineInput> inputs = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        LineInputView l = lines.get(i);
        String field = "lines[" + i + "]";
        if ((l.debit() == null) == (l.credit() == null)) {
          throw DomainException.invalidField(field, "VOUCHER_LINE_ONE_SIDE");
        }
        long debit = l.debit() == null ? 0 : Amounts.positive(field + ".debit", l.debit());
        long credit = l.credit() == null ? 0 : Amounts.positive(field + ".credit", l.credit());
        inputs.add(
            new LineInput(
                l.accountCode(),
                debit,
                credit,
                fundId(field + ".fundId", l.fundId()),
                l.department(),
                l.summary()));
      }
      return new DraftVoucher(date, summary, attachments == null ? 0 : attachments, inputs);
    }
  }

  /** A fund id given in a body: malformed is 422 FUND_NOT_FOUND like an unknown one. */
  static UUID fundId(String field, String raw) {
    if (raw == null) {
      return null;
    }
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw DomainException.rule("FUND_NOT_FOUND").with(raw);
    }
  }

  public record ReverseRequest(@NotBlank @Size(max = 200) String reason, LocalDate date) {}

  public record ReleaseRequest(
      @NotBlank @Schema(example = "1000.00") String amount,
      @NotNull LocalDate date,
      @NotBlank @Size(max = 200) String reason) {
    Release toCommand(UUID fundId) {
      return new Release(fundId, Amounts.positive("amount", amount), date, reason);
    }
  }

  public record LineView(
      int lineNo,
      String accountCode,
      String accountName,
      String debit,
      String credit,
      String fundId,
      String department,
      String summary) {}

  public record VoucherView(
      String id,
      String period,
      @Schema(description = "记-0001; null for a draft") String number,
      LocalDate date,
      String summary,
      String source,
      String sourceId,
      @Schema(enumeration = {"DRAFT", "POSTED"}) String status,
      int attachments,
      String madeBy,
      String approvedBy,
      String reversesId,
      List<LineView> lines,
      String debitTotal,
      String creditTotal,
      Instant createdAt,
      Instant postedAt) {
    static VoucherView of(Voucher v) {
      List<LineView> lines = new ArrayList<>();
      long debit = 0;
      long credit = 0;
      for (int i = 0; i < v.lines().size(); i++) {
        Voucher.Line l = v.lines().get(i);
        debit += l.debit();
        credit += l.credit();
        lines.add(
            new LineView(
                i + 1,
                l.accountCode(),
                l.accountName(),
                l.debit() == 0 ? null : Amounts.yuan(l.debit()),
                l.credit() == 0 ? null : Amounts.yuan(l.credit()),
                l.fundId() == null ? null : l.fundId().toString(),
                l.department(),
                l.summary()));
      }
      return new VoucherView(
          v.id().toString(),
          v.period(),
          v.numberText(),
          v.date(),
          v.summary(),
          v.source(),
          v.sourceId() == null ? null : v.sourceId().toString(),
          v.status().name(),
          v.attachments(),
          v.madeBy(),
          v.approvedBy(),
          v.reversesId() == null ? null : v.reversesId().toString(),
          lines,
          Amounts.yuan(debit),
          Amounts.yuan(credit),
          v.createdAt(),
          v.postedAt());
    }
  }

  static UUID voucherId(String raw) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw DomainException.notFound("VOUCHER_NOT_FOUND");
    }
  }
}
