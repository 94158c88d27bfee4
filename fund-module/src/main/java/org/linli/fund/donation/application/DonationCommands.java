package org.linli.fund.donation.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.linli.fund.donation.domain.Donation;
import org.linli.fund.donation.domain.Donor;

/** The typed commands of the donation use cases; amounts are already parsed to fen. */
public final class DonationCommands {
  private DonationCommands() {}

  public record RegisterDonor(
      Donor.Kind kind,
      String name,
      String idType,
      String idNumber,
      String creditCode,
      String contact) {}

  /** What every gift has; {@code fundId} only for a restricted gift. */
  public record GiftFacts(
      String donorId,
      long amountFen,
      LocalDate date,
      String fundId,
      String purpose,
      boolean benefitInReturn,
      String remark) {}

  public record RecordCash(GiftFacts gift, Donation.Channel channel, String reference) {}

  /** The value is quantity x unit value, rounded to the fen. */
  public record RecordInKind(
      GiftFacts gift,
      String itemName,
      String unit,
      BigDecimal quantity,
      long unitValueFen,
      Donation.ValuationBasis basis,
      String evidence) {}

  public record RecordPledge(GiftFacts gift, LocalDate dueOn) {}

  public record PayPledge(
      String pledgeId,
      long amountFen,
      LocalDate date,
      Donation.Channel channel,
      String reference) {}
}
