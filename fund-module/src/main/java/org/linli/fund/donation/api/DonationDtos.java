package org.linli.fund.donation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.fund.accounting.domain.VoucherRepository.PostingLine;
import org.linli.fund.donation.application.Anonymize;
import org.linli.fund.donation.application.PublicFundUse.FundUse;
import org.linli.fund.donation.domain.Donation;
import org.linli.fund.donation.domain.Donor;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.error.DomainException;

/**
 * Bodies of the donation APIs. Money is a decimal string in yuan ("1234.50"), at most 2 decimals.
 */
public final class DonationDtos {
  private DonationDtos() {}

  /** A positive amount in fen: more than 2 decimals, zero or negative is 400 INVALID_AMOUNT. */
  static long positiveFen(String field, String text) {
    long fen = Unit.CNY.parse(field, text);
    if (fen <= 0) {
      throw DomainException.invalidField(field, "INVALID_AMOUNT")
          .withMessage("INVALID_AMOUNT.POSITIVE");
    }
    return fen;
  }

  static String yuan(long fen) {
    return Unit.CNY.format(fen);
  }

  public record DonorRequest(
      @Schema(enumeration = {"INDIVIDUAL", "COMPANY", "ANONYMOUS"}) @NotBlank String kind,
      @Size(max = 200) String name,
      @Schema(enumeration = {"RESIDENT_ID", "HMT_RESIDENCE_PERMIT", "PASSPORT"}) String idType,
      @Size(max = 40) String idNumber,
      @Size(max = 40) String creditCode,
      @Size(max = 200) String contact) {}

  public record DonorView(
      String id,
      @Schema(enumeration = {"INDIVIDUAL", "COMPANY", "ANONYMOUS"}) String kind,
      String name,
      @Schema(enumeration = {"RESIDENT_ID", "HMT_RESIDENCE_PERMIT", "PASSPORT"}) String idType,
      @Schema(description = "The ID number masked; the number itself is stored only encrypted")
          String idNumberMasked,
      String creditCode,
      String contact,
      Instant createdAt) {
    static DonorView of(Donor d) {
      return new DonorView(
          d.id(),
          d.kind().name(),
          d.name(),
          d.idType(),
          d.idNumberMasked(),
          d.creditCode(),
          d.contact(),
          d.createdAt());
    }
  }

  public record GoodsInput(
      @NotBlank @Size(max = 200) String name,
      @Size(max = 20) String unit,
      @Schema(description = "How many, up to 4 decimals", example = "10") @NotBlank String quantity,
      @Schema(description = "The value of one unit in yuan", example = "25.00") @NotBlank
          String unitValue,
      @Schema(
              enumeration = {
                "EX_FACTORY_PRICE",
                "SALES_PRICE",
                "GOVERNMENT_GUIDE_PRICE",
                "PLATFORM_PRICE"
              })
          @NotBlank
          String valuationBasis,
      @Size(max = 500) String valuationEvidence) {}

  public record DonationRecordRequest(
      @Schema(enumeration = {"CASH", "IN_KIND", "PLEDGE"}) @NotBlank String kind,
      @NotBlank @Size(max = 100) String donorId,
      @Schema(description = "Yuan; for CASH and PLEDGE (goods are valued from quantity x value)")
          String amount,
      @NotNull LocalDate date,
      @Schema(description = "The fund of a restricted gift") @Size(max = 100) String fundId,
      @Size(max = 500) String purpose,
      @Schema(description = "Sponsorship or a gift with a benefit in return: no receipt")
          Boolean benefitInReturn,
      @Size(max = 500) String remark,
      @Schema(enumeration = {"BANK", "WECHAT", "ALIPAY", "CASH"}) String channel,
      @Size(max = 200) String reference,
      @Schema(description = "For a PLEDGE: when the money is due") LocalDate dueOn,
      @Valid GoodsInput goods) {}

  public record PaymentRequest(
      @NotBlank String amount,
      @NotNull LocalDate date,
      @Schema(enumeration = {"BANK", "WECHAT", "ALIPAY", "CASH"}) @NotBlank String channel,
      @Size(max = 200) String reference) {}

  public record GoodsView(
      String name,
      String unit,
      String quantity,
      String unitValue,
      @Schema(
              enumeration = {
                "EX_FACTORY_PRICE",
                "SALES_PRICE",
                "GOVERNMENT_GUIDE_PRICE",
                "PLATFORM_PRICE"
              })
          String valuationBasis,
      String valuationEvidence) {}

  public record DonationRecordView(
      String id,
      @Schema(enumeration = {"CASH", "IN_KIND", "PLEDGE"}) String kind,
      @Schema(enumeration = {"RECEIVED", "PLEDGED", "FULFILLED"}) String status,
      String donorId,
      String donorName,
      String amount,
      long amountMinor,
      String received,
      String outstanding,
      LocalDate date,
      String fundId,
      String purpose,
      @Schema(enumeration = {"BANK", "WECHAT", "ALIPAY", "CASH"}) String channel,
      String reference,
      GoodsView goods,
      LocalDate dueOn,
      String pledgeId,
      boolean benefitInReturn,
      @Schema(description = "The voucher the gift posted (none for a pledge)") String voucherId,
      String remark,
      @Schema(description = "The donor's public, unguessable page of where the gift went")
          String fundUseUrl,
      Instant createdAt) {
    static DonationRecordView of(Donation d, String donorName, String fundUseUrl) {
      var g = d.goods();
      return new DonationRecordView(
          d.id(),
          d.kind().name(),
          d.status().name(),
          d.donorId(),
          donorName,
          yuan(d.amountFen()),
          d.amountFen(),
          yuan(d.receivedFen()),
          yuan(d.outstandingFen()),
          d.donatedOn(),
          d.fundId(),
          d.purpose(),
          d.channel() == null ? null : d.channel().name(),
          d.reference(),
          g == null
              ? null
              : new GoodsView(
                  g.name(),
                  g.unit(),
                  g.quantity().stripTrailingZeros().toPlainString(),
                  yuan(g.unitValueFen()),
                  g.basis().name(),
                  g.evidence()),
          d.dueOn(),
          d.pledgeId(),
          d.benefitInReturn(),
          d.voucherId(),
          d.remark(),
          fundUseUrl,
          d.createdAt());
    }
  }

  /** A charge against the fund, beneficiaries never named. */
  public record FundChargeView(
      LocalDate date, String voucherNumber, String summary, String amount) {}

  public record FundUseView(
      String organizationName,
      String donorName,
      LocalDate date,
      String amount,
      @Schema(enumeration = {"CASH", "IN_KIND", "PLEDGE"}) String kind,
      String purpose,
      boolean restricted,
      String fundName,
      String fundPurpose,
      @Schema(description = "What is left in the fund now") String fundBalance,
      String charged,
      List<FundChargeView> charges) {
    static FundUseView of(FundUse u) {
      Donation d = u.donation();
      List<FundChargeView> charges =
          u.charges().stream()
              .map(
                  (PostingLine l) ->
                      new FundChargeView(
                          l.date(),
                          l.voucherNumber(),
                          Anonymize.text(l.summary()),
                          yuan(l.debit() - l.credit())))
              .toList();
      long charged = u.charges().stream().mapToLong(l -> l.debit() - l.credit()).sum();
      return new FundUseView(
          u.organizationName(),
          u.donorName(),
          d.donatedOn(),
          yuan(d.amountFen()),
          d.kind().name(),
          d.purpose(),
          u.fund() != null,
          u.fund() == null ? null : u.fund().name(),
          u.fund() == null ? null : u.fund().purpose(),
          u.fundBalance() == null ? null : yuan(u.fundBalance()),
          yuan(charged),
          charges);
    }
  }

  static BigDecimal quantity(String text) {
    if (text == null || !text.matches("[0-9]{1,12}(\\.[0-9]{1,4})?")) {
      throw DomainException.invalidField("goods.quantity", "INVALID_GOODS_QUANTITY");
    }
    BigDecimal q = new BigDecimal(text);
    if (q.signum() <= 0) {
      throw DomainException.invalidField("goods.quantity", "INVALID_GOODS_QUANTITY");
    }
    return q;
  }
}
