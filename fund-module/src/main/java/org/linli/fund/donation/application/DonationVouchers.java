package org.linli.fund.donation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.linli.fund.accounting.application.Bookkeeping;
import org.linli.fund.accounting.application.Funds;
import org.linli.fund.accounting.application.SystemVoucher;
import org.linli.fund.accounting.application.VoucherLine;
import org.linli.fund.accounting.domain.Fund;
import org.linli.fund.donation.domain.Donation;
import org.linli.fund.donation.domain.Donor;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;

/**
 * The voucher a received gift posts through the books (民非 制度: donations are income when received).
 * Debit the asset that came in — 1001 现金, 1002 银行存款 for bank transfers, 1009 其他货币资金 for
 * WeChat/Alipay balances, 1201 存货 for goods — and credit 410101 捐赠收入-非限定性, or 410102 捐赠收入-限定性 with
 * the fund for a restricted gift. The donation's id is the voucher's id, so a retried post is
 * answered with the first voucher.
 */
@ApplicationScoped
public class DonationVouchers {
  static final String SOURCE = "DONATION";
  static final String UNRESTRICTED_INCOME = "410101";
  static final String RESTRICTED_INCOME = "410102";

  @Inject Bookkeeping bookkeeping;
  @Inject Funds funds;
  @Inject RequestContext requestContext;

  /** Posts the gift's voucher; returns its id. */
  public String post(Donation d, Donor donor) {
    UUID fund = d.fundId() == null ? null : fundId(d.fundId());
    String summary = summary(d, donor);
    var lines =
        List.of(
            new VoucherLine(assetAccount(d), d.amountFen(), 0, null, summary),
            new VoucherLine(
                fund == null ? UNRESTRICTED_INCOME : RESTRICTED_INCOME,
                0,
                d.amountFen(),
                fund,
                summary));
    UUID id = UUID.fromString(d.id());
    return bookkeeping
        .postSystemVoucher(
            new SystemVoucher(id, d.donatedOn(), summary, SOURCE, id, lines, maker()))
        .id()
        .toString();
  }

  /** The fund a restricted gift names, of this organization (422 FUND_NOT_FOUND otherwise). */
  public Fund requireFund(String fundId) {
    return funds.require(fundId(fundId));
  }

  static String assetAccount(Donation d) {
    if (d.kind() == Donation.Kind.IN_KIND) {
      return "1201";
    }
    return switch (d.channel()) {
      case CASH -> "1001";
      case BANK -> "1002";
      case WECHAT, ALIPAY -> "1009";
    };
  }

  static String summary(Donation d, Donor donor) {
    String who = donor.name();
    return switch (d.kind()) {
      case IN_KIND -> "收到" + who + "捐赠物资：" + d.goods().name();
      case CASH -> d.pledgeId() == null ? "收到" + who + "捐款" : "收到" + who + "认捐款";
      case PLEDGE -> throw new IllegalStateException("a pledge posts nothing");
    };
  }

  /** Person ids are UUIDs; a caller without one (a system job) gets a stable name-based id. */
  private UUID maker() {
    String person = requestContext.personId();
    try {
      return UUID.fromString(person);
    } catch (RuntimeException e) {
      return UUID.nameUUIDFromBytes(requestContext.actor().getBytes(StandardCharsets.UTF_8));
    }
  }

  private static UUID fundId(String raw) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw DomainException.rule("FUND_NOT_FOUND").with(raw);
    }
  }
}
