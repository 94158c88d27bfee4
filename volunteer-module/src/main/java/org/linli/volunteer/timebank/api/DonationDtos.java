package org.linli.volunteer.timebank.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.fund.ledger.domain.LedgerRepository.StatementLine;
import org.linli.fund.ledger.domain.Unit;
import org.linli.volunteer.timebank.application.DonateHours;
import org.linli.volunteer.timebank.application.TimeDonations;

/** Bodies of donations to the pool and the pool's view; hours as two-decimal strings. */
public final class DonationDtos {
  private DonationDtos() {}

  /**
   * @param hours e.g. "1.50" (whole minutes)
   * @param from CREDIT or DONATE_ONLY
   * @param reason required when staff donate on a volunteer's behalf
   */
  public record DonationRequest(
      @Size(max = 64) String volunteerId,
      @NotBlank String hours,
      @Schema(enumeration = {"CREDIT", "DONATE_ONLY"}) @NotBlank String from,
      @Size(max = 500) String reason) {
    DonateHours toCommand() {
      return new DonateHours(volunteerId, Unit.HOUR.parse("hours", hours), from, reason);
    }
  }

  public record DonationView(
      String transactionId,
      String volunteerId,
      @Schema(enumeration = {"CREDIT", "DONATE_ONLY"}) String from,
      String hours,
      String balanceAfterHours,
      String poolHours) {
    static DonationView of(TimeDonations.Donation d) {
      return new DonationView(
          d.transactionId(),
          d.volunteerId(),
          d.from(),
          Unit.HOUR.format(d.minutes()),
          Unit.HOUR.format(d.balanceAfterMinutes()),
          Unit.HOUR.format(d.poolMinutes()));
    }
  }

  /** One pool statement line with the running balance. */
  public record PoolLine(
      String transactionId,
      String kind,
      String memo,
      LocalDate effectiveDate,
      String hours,
      String balanceHours) {
    static PoolLine of(StatementLine l) {
      return new PoolLine(
          l.transactionId(),
          l.kind(),
          l.memo(),
          l.effectiveDate(),
          Unit.HOUR.format(l.amount()),
          Unit.HOUR.format(l.runningBalance()));
    }
  }

  public record PoolView(String poolHours, List<PoolLine> items, String nextCursor) {
    static PoolView of(TimeDonations.Pool pool) {
      return new PoolView(
          Unit.HOUR.format(pool.balanceMinutes()),
          pool.statement().items().stream().map(PoolLine::of).toList(),
          pool.statement().nextCursor());
    }
  }
}
