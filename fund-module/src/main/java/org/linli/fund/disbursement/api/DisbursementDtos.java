package org.linli.fund.disbursement.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.fund.disbursement.application.Beneficiaries.BeneficiaryInput;
import org.linli.fund.disbursement.application.DisbursementRules.ReplaceSettings;
import org.linli.fund.disbursement.application.Disbursements.RequestDisbursement;
import org.linli.fund.disbursement.application.FastLane;
import org.linli.fund.disbursement.application.FastLane.FastPayment;
import org.linli.fund.disbursement.domain.BackfillStatus;
import org.linli.fund.disbursement.domain.Beneficiary;
import org.linli.fund.disbursement.domain.Disbursement;
import org.linli.fund.disbursement.domain.DisbursementSettings;
import org.linli.fund.disbursement.domain.DisbursementStatus;
import org.linli.fund.disbursement.domain.Lane;
import org.linli.fund.disbursement.domain.RecoveryItem;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.time.ChinaTime;

/** Bodies of the disbursement API; money as decimal strings in yuan ("1200.00"). */
public final class DisbursementDtos {
  private DisbursementDtos() {}

  public record DisbursementBeneficiaryRequest(
      @NotNull
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"PERSON", "ORGANIZATION"})
          String kind,
      @NotBlank @Size(max = 100) String name,
      @Schema(
              description = "For a person: the document type",
              enumeration = {"RESIDENT_ID", "HMT_RESIDENCE_PERMIT", "PASSPORT"})
          String idType,
      @Schema(description = "For a person: the document number (stored encrypted, shown masked)")
          @Size(max = 40)
          String idNumber,
      @Schema(description = "For an organization: 统一社会信用代码") @Size(max = 18) String creditCode) {
    BeneficiaryInput toInput() {
      return new BeneficiaryInput(
          QueryParams.enumValue(Beneficiary.Kind.class, "kind", kind),
          name.strip(),
          idType,
          idNumber,
          creditCode);
    }
  }

  public record DisbursementRequest(
      @NotBlank @Schema(description = "The fund charged") String fundId,
      @NotNull @Valid DisbursementBeneficiaryRequest beneficiary,
      @NotBlank @Size(max = 500) String purpose,
      @NotBlank @Schema(description = "Amount in yuan, at most two decimals", example = "1200.00")
          String amount,
      @Schema(description = "References of the evidence files (e.g. stored file ids or names)")
          @Size(max = 20)
          List<@NotBlank @Size(max = 300) String> evidence) {
    RequestDisbursement toCommand() {
      return new RequestDisbursement(
          fundRef("fundId", fundId),
          beneficiary.toInput(),
          purpose.strip(),
          positive("amount", amount),
          evidence == null ? List.of() : evidence);
    }
  }

  public record DisbursementRejectRequest(@NotBlank @Size(max = 500) String reason) {}

  public record DisbursementPaymentRequest(
      @NotBlank @Size(max = 100) @Schema(description = "The bank's reference of the transfer")
          String bankReference,
      @Schema(description = "Date of payment (default today, China time); not in a closed period")
          LocalDate paidOn) {}

  public record FastPaymentRequest(
      @NotNull @Valid DisbursementBeneficiaryRequest beneficiary,
      @NotBlank @Size(max = 500) String purpose,
      @NotBlank
          @Size(max = 40)
          @Schema(description = "The cause (e.g. 医疗, 火灾); limits count per cause")
          String cause,
      @NotBlank @Schema(example = "800.00") String amount,
      @Size(max = 20) List<@NotBlank @Size(max = 300) String> evidence,
      @NotBlank @Size(max = 100) String bankReference,
      @Schema(
              description =
                  "When the need was reported (default now); the 24-hour clock and the"
                      + " backfill deadline count from it")
          OffsetDateTime requestedAt) {
    FastPayment toCommand() {
      return new FastPayment(
          beneficiary.toInput(),
          purpose.strip(),
          cause.strip(),
          positive("amount", amount),
          evidence == null ? List.of() : evidence,
          bankReference.strip(),
          requestedAt == null ? null : requestedAt.toInstant());
    }
  }

  public record BackfillDecisionRequest(
      @NotNull Boolean approved,
      @Size(max = 500) @Schema(description = "Required when rejecting") String reason) {}

  public record DisbursementSettingsRequest(
      @NotBlank
          @Schema(description = "Up to this amount one approver, above it two", example = "2000.00")
          String singleApproverLimit,
      @Valid FastLaneSetup fastLane,
      @Min(1) @Max(30) Integer backfillWorkingDays) {
    ReplaceSettings toCommand(long expectedVersion) {
      long limit = Unit.CNY.parse("singleApproverLimit", singleApproverLimit);
      if (limit < 0) {
        throw DomainException.invalidField("singleApproverLimit", "INVALID_AMOUNT");
      }
      return new ReplaceSettings(
          expectedVersion,
          limit,
          fastLane == null ? null : fundRef("fastLane.fundId", fastLane.fundId()),
          fastLane == null ? null : positive("fastLane.caseCap", fastLane.caseCap()),
          fastLane == null ? null : positive("fastLane.yearlyLimit", fastLane.yearlyLimit()),
          backfillWorkingDays == null
              ? DisbursementSettings.DEFAULT_BACKFILL_WORKING_DAYS
              : backfillWorkingDays);
    }
  }

  public record FastLaneSetup(
      @NotBlank @Schema(description = "The pre-authorized petty fund") String fundId,
      @NotBlank @Schema(description = "Most one case may be paid", example = "1000.00")
          String caseCap,
      @NotBlank
          @Schema(
              description = "Most paid per person and cause in a calendar year",
              example = "3000.00")
          String yearlyLimit) {}

  public record FastLaneSetupView(String fundId, String caseCap, String yearlyLimit) {}

  public record DisbursementSettingsView(
      long version,
      String singleApproverLimit,
      FastLaneSetupView fastLane,
      int backfillWorkingDays,
      String updatedBy,
      Instant updatedAt) {
    static DisbursementSettingsView of(DisbursementSettings s) {
      return new DisbursementSettingsView(
          s.version(),
          yuan(s.singleApproverLimit()),
          s.fastLaneOpen()
              ? new FastLaneSetupView(
                  s.fastFundId().toString(), yuan(s.fastCaseCap()), yuan(s.fastYearlyLimit()))
              : null,
          s.backfillWorkingDays(),
          s.updatedBy(),
          s.updatedAt());
    }
  }

  public record DisbursementBeneficiaryView(
      @Schema(
              type = SchemaType.STRING,
              enumeration = {"PERSON", "ORGANIZATION"})
          String kind,
      String name,
      @Schema(enumeration = {"RESIDENT_ID", "HMT_RESIDENCE_PERMIT", "PASSPORT"}) String idType,
      @Schema(description = "Masked document number") String idMasked,
      String creditCode) {}

  public record DisbursementApprovalView(String approverName, Instant approvedAt) {}

  public record DisbursementRejectionView(String reason, Instant rejectedAt) {}

  public record DisbursementPaymentView(
      LocalDate paidOn,
      Instant paidAt,
      String paidBy,
      String bankReference,
      String voucherId,
      @Schema(description = "记账凭证号, e.g. 记-0001") String voucherNumber) {}

  public record BackfillView(
      BackfillStatus status,
      LocalDate due,
      @Schema(
              description =
                  "True when a year between request and deadline is missing from the"
                      + " working-day calendar (counted Monday to Friday)")
          boolean dueEstimated,
      boolean overdue,
      @Schema(description = "Flagged as overdue in the audit log") boolean escalated,
      String decidedBy,
      Instant decidedAt,
      String reason,
      @Schema(description = "Done on or before the due date") boolean metDeadline) {}

  public record DisbursementView(
      String id,
      Lane lane,
      String fundId,
      DisbursementBeneficiaryView beneficiary,
      String purpose,
      String cause,
      String amount,
      List<String> evidence,
      DisbursementStatus status,
      int requiredApprovals,
      List<DisbursementApprovalView> approvals,
      String requestedBy,
      Instant requestedAt,
      Instant createdAt,
      DisbursementRejectionView rejection,
      DisbursementPaymentView payment,
      BackfillView backfill,
      @Schema(description = "Fast lane: paid within 24 hours of the request")
          Boolean paidWithin24h) {
    static DisbursementView of(Disbursement d) {
      Beneficiary b = d.beneficiary();
      var p = d.payment();
      var r = d.rejection();
      var bf = d.backfill();
      return new DisbursementView(
          d.id().toString(),
          d.lane(),
          d.fundId().toString(),
          new DisbursementBeneficiaryView(
              b.kind().name(), b.name(), b.idType(), b.idMasked(), b.creditCode()),
          d.purpose(),
          d.cause(),
          yuan(d.amount()),
          d.evidence(),
          d.status(),
          d.requiredApprovals(),
          d.approvals().stream()
              .map(a -> new DisbursementApprovalView(a.approverName(), a.approvedAt()))
              .toList(),
          d.requestedByName(),
          d.requestedAt(),
          d.createdAt(),
          r == null ? null : new DisbursementRejectionView(r.reason(), r.at()),
          p == null
              ? null
              : new DisbursementPaymentView(
                  p.paidOn(),
                  p.at(),
                  p.by(),
                  p.bankReference(),
                  p.voucherId().toString(),
                  p.number()),
          bf == null
              ? null
              : new BackfillView(
                  bf.status(),
                  bf.due(),
                  bf.dueEstimated(),
                  d.backfillOverdue(ChinaTime.today()),
                  bf.escalatedAt() != null,
                  bf.by(),
                  bf.at(),
                  bf.reason(),
                  bf.metDeadline()),
          d.lane() == Lane.FAST ? d.paidWithin24h() : null);
    }
  }

  public record DisbursementRecoveryView(
      String id,
      String disbursementId,
      String amount,
      String reason,
      @Schema(
              type = SchemaType.STRING,
              enumeration = {"OPEN", "RECOVERED", "WRITTEN_OFF"})
          String status,
      String openedBy,
      Instant openedAt) {
    static DisbursementRecoveryView of(RecoveryItem r) {
      return new DisbursementRecoveryView(
          r.id().toString(),
          r.disbursementId().toString(),
          yuan(r.amount()),
          r.reason(),
          r.status().name(),
          r.openedBy(),
          r.openedAt());
    }
  }

  public record BackfillEscalationView(
      @Schema(description = "Backfills newly flagged as overdue") int flagged) {}

  public record FastLaneReportView(
      int year,
      int cases,
      String amount,
      int paidWithin24h,
      @Schema(
              description = "Share of cases paid within 24 hours, percent with one decimal",
              example = "87.5")
          String paidWithin24hPercent,
      int backfillsDone,
      int backfillsInTime,
      @Schema(
              description =
                  "Share of completed backfills done within the working-day deadline, percent")
          String backfillsInTimePercent,
      int backfillsPending,
      int backfillsOverdue) {
    static FastLaneReportView of(FastLane.Report r) {
      return new FastLaneReportView(
          r.year(),
          r.cases(),
          yuan(r.amount()),
          r.paidWithin24h(),
          percent(r.paidWithin24h(), r.cases()),
          r.backfillsDone(),
          r.backfillsInTime(),
          percent(r.backfillsInTime(), r.backfillsDone()),
          r.backfillsPending(),
          r.backfillsOverdue());
    }
  }

  static String percent(int part, int whole) {
    if (whole == 0) {
      return null;
    }
    return java.math.BigDecimal.valueOf(part * 1000L / whole, 1)
        .add(java.math.BigDecimal.ZERO)
        .toPlainString();
  }

  /** A positive amount in fen; 400 INVALID_AMOUNT for zero, a sign, or more than two decimals. */
  static long positive(String field, String text) {
    long fen = Unit.CNY.parse(field, text);
    if (fen <= 0) {
      throw DomainException.invalidField(field, "INVALID_AMOUNT");
    }
    return fen;
  }

  static String yuan(long fen) {
    return Unit.CNY.format(fen);
  }

  /** A fund named in a body: malformed is 422 FUND_NOT_FOUND like an unknown one. */
  static UUID fundRef(String field, String raw) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw DomainException.rule("FUND_NOT_FOUND").with(raw);
    }
  }

  static UUID id(String raw) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw DomainException.notFound("DISBURSEMENT_NOT_FOUND");
    }
  }
}
