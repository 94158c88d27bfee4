package org.linli.volunteer.servicedonation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.error.DomainException;
import org.linli.volunteer.servicedonation.application.ServiceDonations.RecordMonth;
import org.linli.volunteer.servicedonation.application.ServiceDonations.ReplaceSettings;
import org.linli.volunteer.servicedonation.domain.ServiceDonationRun;
import org.linli.volunteer.servicedonation.domain.ServiceDonationSettings;
import org.linli.volunteer.shared.api.Hours;

/** Bodies of the 服务捐赠 API; money as decimal strings in yuan, hours as decimal strings. */
public final class ServiceDonationDtos {
  private ServiceDonationDtos() {}

  public record ServiceDonationSettingsRequest(
      @NotBlank
          @Schema(
              description = "Fair value of one hour of volunteer service, yuan, above 0",
              example = "30.00")
          String ratePerHour,
      @NotNull @Schema(description = "Whether donated services are recognised in the books")
          Boolean recognised) {
    ReplaceSettings toCommand(long expectedVersion) {
      long fen;
      try {
        fen = Unit.CNY.parse("ratePerHour", ratePerHour);
      } catch (DomainException e) {
        throw DomainException.invalidField("ratePerHour", "INVALID_RATE");
      }
      if (fen <= 0) {
        throw DomainException.invalidField("ratePerHour", "INVALID_RATE");
      }
      return new ReplaceSettings(expectedVersion, fen, recognised);
    }
  }

  public record ServiceDonationSettingsView(
      @Schema(description = "0 until first set (nothing recognised)") long version,
      @Schema(description = "Yuan per hour; null until first set", nullable = true)
          String ratePerHour,
      boolean recognised,
      @Schema(nullable = true) String updatedBy,
      @Schema(nullable = true) Instant updatedAt) {
    static ServiceDonationSettingsView of(ServiceDonationSettings s) {
      return new ServiceDonationSettingsView(
          s.version(),
          s.version() == 0 ? null : Unit.CNY.format(s.rateFenPerHour()),
          s.recognised(),
          s.updatedBy(),
          s.updatedAt());
    }
  }

  public record ServiceDonationRunRequest(
      @NotBlank @Schema(description = "The service month, yyyy-MM", example = "2026-11")
          String month) {
    RecordMonth toCommand() {
      if (!month.strip().matches("[0-9]{4}-(0[1-9]|1[0-2])")) {
        throw DomainException.invalidField("month", "INVALID_PERIOD");
      }
      return new RecordMonth(YearMonth.parse(month.strip()));
    }
  }

  public record ServiceDonationRunView(
      @Schema(description = "null when the run found nothing new", nullable = true) String id,
      String month,
      @Schema(
              description =
                  "POSTED: a voucher was posted; NOTHING_NEW: nothing to value or reverse")
          String outcome,
      @Schema(nullable = true) String voucherId,
      @Schema(description = "The voucher's number, e.g. 记-0003, in its period", nullable = true)
          String voucherNumber,
      @Schema(nullable = true) String voucherPeriod,
      @Schema(nullable = true) LocalDate voucherDate,
      @Schema(description = "Yuan per hour used for the records valued", nullable = true)
          String ratePerHour,
      int records,
      String hours,
      String amount,
      int reversedRecords,
      String reversedHours,
      String reversedAmount,
      @Schema(nullable = true) String runBy,
      @Schema(nullable = true) Instant runAt) {
    static ServiceDonationRunView of(ServiceDonationRun r) {
      return new ServiceDonationRunView(
          r.id(),
          r.month(),
          "POSTED",
          r.voucherId(),
          r.voucherNumber(),
          r.voucherPeriod(),
          r.voucherDate(),
          Unit.CNY.format(r.rateFenPerHour()),
          r.recordCount(),
          Hours.text(r.minutes()),
          Unit.CNY.format(r.amountFen()),
          r.reversedCount(),
          Hours.text(r.reversedMinutes()),
          Unit.CNY.format(r.reversedFen()),
          r.runBy(),
          r.runAt());
    }

    static ServiceDonationRunView nothing(YearMonth month) {
      return new ServiceDonationRunView(
          null,
          month.toString(),
          "NOTHING_NEW",
          null,
          null,
          null,
          null,
          null,
          0,
          "0.00",
          "0.00",
          0,
          "0.00",
          "0.00",
          null,
          null);
    }
  }
}
