package org.linli.volunteer.servicedonation.api;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.error.DomainException;
import org.linli.volunteer.servicedonation.application.ServiceDonations.RecordMonth;
import org.linli.volunteer.servicedonation.application.ServiceDonations.ReplaceSettings;
import org.linli.volunteer.servicedonation.domain.ServiceDonationMode;
import org.linli.volunteer.servicedonation.domain.ServiceDonationRun;
import org.linli.volunteer.servicedonation.domain.ServiceDonationSettings;
import org.linli.volunteer.shared.api.Hours;

/** Bodies of the 服务捐赠 API; money as decimal strings in yuan, hours as decimal strings. */
public final class ServiceDonationDtos {
  private ServiceDonationDtos() {}

  @Schema(description = "The fair rate of one service category (an activity's service category)")
  public record CategoryRateInput(
      @NotBlank @Schema(description = "Service category, 1-30 characters", example = "elderly-care")
          String category,
      @NotBlank
          @Schema(description = "Yuan per hour, above 0, at most 2 decimals", example = "45.00")
          String ratePerHour) {}

  public record ServiceDonationSettingsRequest(
      @NotBlank
          @Schema(
              description =
                  "Default fair value of one hour of volunteer service, yuan, above 0: for records"
                      + " of a category without its own rate, and records without an activity",
              example = "30.00")
          String ratePerHour,
      @Schema(
              description =
                  "Rates per service category (at most 50, categories unique); empty or absent:"
                      + " the default rate for every record",
              nullable = true)
          List<CategoryRateInput> categoryRates,
      @NotBlank
          @Schema(
              description =
                  "OFF: runs refused; RECOGNISE: runs post a voucher (Dr 510103 / Cr 410103);"
                      + " DISCLOSE: runs value and remember the hours for the notes, nothing posted",
              enumeration = {"OFF", "RECOGNISE", "DISCLOSE"})
          String mode) {
    ReplaceSettings toCommand(long expectedVersion) {
      long fen = rate("ratePerHour", ratePerHour);
      ServiceDonationMode m;
      try {
        m = ServiceDonationMode.valueOf(mode.strip());
      } catch (IllegalArgumentException e) {
        throw DomainException.invalidField("mode", "INVALID_SERVICE_DONATION_MODE");
      }
      List<CategoryRateInput> inputs = categoryRates == null ? List.of() : categoryRates;
      if (inputs.size() > ServiceDonationSettings.MAX_CATEGORY_RATES) {
        throw DomainException.invalidField("categoryRates", "TOO_MANY_CATEGORY_RATES");
      }
      List<ServiceDonationSettings.CategoryRate> rates = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < inputs.size(); i++) {
        CategoryRateInput in = inputs.get(i);
        String field = "categoryRates[" + i + "]";
        if (in == null) {
          throw DomainException.invalidField(field, "INVALID_SERVICE_CATEGORY");
        }
        String category = in.category() == null ? "" : in.category().strip();
        if (category.isEmpty()
            || category.length() > ServiceDonationSettings.MAX_CATEGORY_LENGTH
            || category.chars().anyMatch(Character::isISOControl)) {
          throw DomainException.invalidField(field + ".category", "INVALID_SERVICE_CATEGORY");
        }
        if (!seen.add(category)) {
          throw DomainException.invalidField(field + ".category", "DUPLICATE_SERVICE_CATEGORY");
        }
        rates.add(
            new ServiceDonationSettings.CategoryRate(
                category, rate(field + ".ratePerHour", in.ratePerHour())));
      }
      return new ReplaceSettings(expectedVersion, fen, rates, m);
    }

    private static long rate(String field, String text) {
      long fen;
      try {
        fen = Unit.CNY.parse(field, text == null ? "" : text);
      } catch (DomainException e) {
        throw DomainException.invalidField(field, "INVALID_RATE");
      }
      if (fen <= 0) {
        throw DomainException.invalidField(field, "INVALID_RATE");
      }
      return fen;
    }
  }

  public record CategoryRateView(
      String category, @Schema(description = "Yuan per hour") String ratePerHour) {}

  public record ServiceDonationSettingsView(
      @Schema(description = "0 until first set (mode OFF)") long version,
      @Schema(description = "Default yuan per hour; null until first set", nullable = true)
          String ratePerHour,
      @Schema(description = "Rates per service category, in the order they were given")
          List<CategoryRateView> categoryRates,
      @Schema(enumeration = {"OFF", "RECOGNISE", "DISCLOSE"}) String mode,
      @Schema(nullable = true) String updatedBy,
      @Schema(nullable = true) Instant updatedAt) {
    static ServiceDonationSettingsView of(ServiceDonationSettings s) {
      return new ServiceDonationSettingsView(
          s.version(),
          s.version() == 0 ? null : Unit.CNY.format(s.rateFenPerHour()),
          s.categoryRates().stream()
              .map(r -> new CategoryRateView(r.category(), Unit.CNY.format(r.rateFenPerHour())))
              .toList(),
          s.mode().name(),
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
                  "RECOGNISE: posted to the books; DISCLOSE: for the notes only, nothing posted"
                      + " (except booked entries taken back); null when nothing was new",
              nullable = true,
              enumeration = {"RECOGNISE", "DISCLOSE"})
          String mode,
      @Schema(
              description =
                  "POSTED: recognised (a voucher, unless every amount rounded to zero);"
                      + " DISCLOSED: valued for the notes, no voucher for the new hours;"
                      + " NOTHING_NEW: nothing to value or reverse")
          String outcome,
      @Schema(nullable = true) String voucherId,
      @Schema(description = "The voucher's number, e.g. 记-0003, in its period", nullable = true)
          String voucherNumber,
      @Schema(nullable = true) String voucherPeriod,
      @Schema(nullable = true) LocalDate voucherDate,
      @Schema(
              description =
                  "The default yuan per hour in force; each record is valued at its category's"
                      + " rate",
              nullable = true)
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
          r.mode().name(),
          r.mode() == ServiceDonationMode.DISCLOSE ? "DISCLOSED" : "POSTED",
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
          null,
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
