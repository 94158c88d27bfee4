package org.linli.fund.accounting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.linli.fund.accounting.application.VoucherPosting.LineInput;
import org.linli.fund.accounting.domain.BooksQueries;
import org.linli.fund.accounting.domain.BooksQueries.ClosedPeriod;
import org.linli.fund.accounting.domain.BooksQueries.FundBalance;
import org.linli.fund.accounting.domain.ChartAccount;
import org.linli.fund.accounting.domain.Voucher;
import org.linli.fund.ledger.application.LedgerPostings;
import org.linli.fund.ledger.domain.LedgerRepository;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;

/**
 * Month close (结账): income and expense close into 3101 (unrestricted) and 3102 (restricted, per
 * fund) with one closing voucher dated the last day of the month, then the engine closes the period
 * for good (no reopening: corrections go into an open period). The close lock is taken first, so no
 * posting can slip into the month between the balances read and the close. In the same transaction
 * the month's balances are written (V45), so reports read a closed month from them.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class PeriodClose {
  @Inject BooksQueries queries;
  @Inject VoucherPosting posting;
  @Inject Books books;
  @Inject LedgerRepository ledger;
  @Inject LedgerPostings ledgerPostings;
  @Inject RequestContext requestContext;

  /** The close: the closing voucher, or null when the month had no income or expense open. */
  public Voucher close(YearMonth month) {
    if (!month.atEndOfMonth().isBefore(ChinaTime.today())) {
      throw DomainException.rule("PERIOD_NOT_ENDED").with(month.toString());
    }
    books.ensureOpen();
    ledger.lockPeriodForClose(month.toString());
    if (ledger.periodClosed(month.toString())) {
      throw DomainException.conflict("PERIOD_ALREADY_CLOSED");
    }
    LocalDate end = month.atEndOfMonth();
    List<LineInput> lines = closingLines(queries.incomeAndExpenseBalances(end));
    Voucher posted = null;
    if (!lines.isEmpty()) {
      Voucher closing =
          Voucher.draft(
                  UUID.randomUUID(),
                  end,
                  "结转 " + month + " 收入费用",
                  Voucher.CLOSING,
                  null,
                  0,
                  actor(),
                  posting.resolve(lines),
                  Instant.now())
              .approvedBySystem();
      posted = posting.post(closing, false).voucher();
    }
    // The month's lines are final from here on: its balances, read by every later report.
    queries.writePeriodBalances(month);
    ledgerPostings.closePeriod(month);
    return posted;
  }

  /**
   * The closed months, latest first, each with when, by whom and its closing voucher (none when the
   * month had nothing to close or was closed through the ledger). December closed is the year.
   */
  public Page<ClosedPeriod> closed(PageRequest page) {
    String after = page.afterAs(k -> k.matches("[0-9]{4}-[0-9]{2}") ? k : null);
    return page.page(queries.closedPeriods(after, page.limit() + 1), ClosedPeriod::period);
  }

  /** Lines zeroing every income and expense balance against 3101, or 3102 of the same fund. */
  static List<LineInput> closingLines(List<FundBalance> balances) {
    List<LineInput> lines = new ArrayList<>();
    long unrestricted = 0;
    Map<UUID, Long> restricted = new TreeMap<>();
    for (FundBalance b : balances) {
      lines.add(side(b.code(), -b.balance(), b.fundId()));
      if (b.fundId() != null && isRestricted(b.code())) {
        restricted.merge(b.fundId(), b.balance(), Long::sum);
      } else {
        unrestricted += b.balance();
      }
    }
    if (unrestricted != 0) {
      lines.add(side(ChartAccount.UNRESTRICTED_NET_ASSETS, unrestricted, null));
    }
    restricted.forEach(
        (fund, amount) -> {
          if (amount != 0) {
            lines.add(side(ChartAccount.RESTRICTED_NET_ASSETS, amount, fund));
          }
        });
    return lines;
  }

  private static boolean isRestricted(String code) {
    return code.length() >= 6 && code.startsWith("02", 4);
  }

  /** A line moving {@code signed} (debit-positive) on the account. */
  private static LineInput side(String code, long signed, UUID fund) {
    return signed > 0
        ? new LineInput(code, signed, 0, fund, null, null)
        : new LineInput(code, 0, -signed, fund, null, null);
  }

  private String actor() {
    return requestContext.personId() != null ? requestContext.personId() : requestContext.actor();
  }
}
