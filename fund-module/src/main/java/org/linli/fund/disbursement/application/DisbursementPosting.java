package org.linli.fund.disbursement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.linli.fund.accounting.application.Bookkeeping;
import org.linli.fund.accounting.application.PostedVoucher;
import org.linli.fund.accounting.application.SystemVoucher;
import org.linli.fund.accounting.application.VoucherLine;
import org.linli.kernel.tenancy.RequestContext;

/**
 * A payment in the books: Dr 510102 业务活动成本-限定性 (charged to the fund) / Cr 1002 银行存款, one system
 * voucher per disbursement. The voucher id is derived from the disbursement id, so a retried
 * payment can never post twice; the engine refuses a charge the fund cannot bear
 * (FUND_BALANCE_INSUFFICIENT) and a date in a closed period (PERIOD_CLOSED), rolling the caller's
 * change back with it.
 */
@ApplicationScoped
public class DisbursementPosting {
  static final String RESTRICTED_PROGRAM_COST = "510102";
  static final String BANK = "1002";
  static final String SOURCE = "DISBURSEMENT";

  @Inject Bookkeeping bookkeeping;
  @Inject RequestContext requestContext;

  public PostedVoucher post(
      UUID disbursementId, UUID fundId, long amount, LocalDate date, String purpose, String ref) {
    String summary = truncate("救助支出: " + purpose, 200);
    return bookkeeping.postSystemVoucher(
        new SystemVoucher(
            voucherId(disbursementId),
            date,
            summary,
            SOURCE,
            disbursementId,
            List.of(
                new VoucherLine(RESTRICTED_PROGRAM_COST, amount, 0, fundId, summary),
                new VoucherLine(BANK, 0, amount, null, truncate("银行付款 " + ref, 200))),
            UUID.fromString(requestContext.personId())));
  }

  static UUID voucherId(UUID disbursementId) {
    return UUID.nameUUIDFromBytes(
        ("disbursement-payment:" + disbursementId).getBytes(StandardCharsets.UTF_8));
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
