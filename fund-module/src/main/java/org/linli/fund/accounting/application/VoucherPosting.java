package org.linli.fund.accounting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.linli.fund.accounting.domain.BooksQueries;
import org.linli.fund.accounting.domain.ChartAccount;
import org.linli.fund.accounting.domain.Fund;
import org.linli.fund.accounting.domain.FundRepository;
import org.linli.fund.accounting.domain.Voucher;
import org.linli.fund.accounting.domain.VoucherRepository;
import org.linli.fund.ledger.application.LedgerAccounts;
import org.linli.fund.ledger.application.LedgerPostings;
import org.linli.fund.ledger.domain.Account;
import org.linli.fund.ledger.domain.LedgerRepository;
import org.linli.fund.ledger.domain.LedgerTransaction;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.TenantScoped;

/**
 * Turns vouchers into ledger transactions. Each chart account posts to its own CNY ledger account;
 * each restricted line also moves its fund's no-negative ledger account (against one contra
 * account) in the same transaction, so the engine's guarded update keeps every fund at or above
 * zero even under concurrent charges. The voucher number is taken last, under the period counter's
 * row lock, so numbers stay gapless (a failed posting rolls its number back).
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class VoucherPosting {
  static final String GL_KIND = "BOOKS_ACCOUNT";

  @Inject Books books;
  @Inject FundRepository funds;
  @Inject VoucherRepository vouchers;
  @Inject LedgerAccounts ledgerAccounts;
  @Inject LedgerPostings ledgerPostings;
  @Inject LedgerRepository ledger;
  @Inject AuditLog auditLog;
  @Inject BooksQueries queries;

  /** A line as given: by code, amounts in fen. */
  public record LineInput(
      String accountCode,
      long debit,
      long credit,
      UUID fundId,
      String department,
      String summary) {}

  /** The outcome: the stored voucher, and whether its id had been posted before. */
  public record Result(Voucher voucher, boolean replay) {}

  /**
   * Lines with account names, checked against the chart (422 ACCOUNT_NOT_IN_CHART,
   * ACCOUNT_NOT_LEAF) and the funds (422 FUND_REQUIRED on a restricted account, FUND_NOT_FOUND).
   */
  public List<Voucher.Line> resolve(List<LineInput> lines) {
    List<Voucher.Line> resolved = new ArrayList<>();
    for (LineInput in : lines) {
      ChartAccount account = books.requireLeaf(in.accountCode());
      if (account.restricted() && in.fundId() == null) {
        throw DomainException.rule("FUND_REQUIRED").with(account.code());
      }
      if (in.fundId() != null) {
        funds
            .find(in.fundId())
            .orElseThrow(() -> DomainException.rule("FUND_NOT_FOUND").with(in.fundId().toString()));
      }
      resolved.add(
          new Voucher.Line(
              account.code(),
              account.name(),
              in.debit(),
              in.credit(),
              in.fundId(),
              blankToNull(in.department()),
              blankToNull(in.summary())));
    }
    return resolved;
  }

  /** 422 PERIOD_CLOSED when the date falls in a closed month. */
  public void requireOpen(LocalDate date) {
    if (ledger.periodClosed(YearMonth.from(date).toString())) {
      throw DomainException.rule("PERIOD_CLOSED");
    }
  }

  /**
   * Posts an approved voucher: one ledger transaction with the voucher's id, then its number.
   *
   * @param stored whether the voucher row exists already (an approved draft)
   */
  public Result post(Voucher voucher, boolean stored) {
    Map<String, UUID> fundOfAccount = new HashMap<>();
    LedgerTransaction tx = toTransaction(voucher, fundOfAccount);
    LedgerPostings.Posted posted;
    try {
      posted = ledgerPostings.post(tx);
    } catch (DomainException e) {
      throw translate(e, fundOfAccount);
    }
    if (posted.replay()) {
      // The same id was posted by a concurrent call that has committed: answer with its voucher.
      return new Result(vouchers.find(voucher.id()).orElseThrow(), true);
    }
    int number = vouchers.nextNumber(voucher.period());
    Voucher done = voucher.posted(number, Instant.now().truncatedTo(ChronoUnit.MICROS));
    if (stored) {
      vouchers.markPosted(done);
    } else {
      vouchers.add(done);
    }
    queries.addDayBalances(done.id());
    auditLog.record(
        "VOUCHER_POSTED",
        "accounting_voucher",
        done.id().toString(),
        null,
        "{\"number\":\""
            + done.period()
            + "/"
            + done.numberText()
            + "\",\"source\":\""
            + done.source()
            + "\",\"hash\":\""
            + done.contentHash()
            + "\"}");
    return new Result(done, false);
  }

  private LedgerTransaction toTransaction(Voucher v, Map<String, UUID> fundOfAccount) {
    var b =
        LedgerTransaction.builder(v.id().toString(), "BOOKS_VOUCHER", v.date())
            .memo(v.summary().length() > 500 ? v.summary().substring(0, 500) : v.summary());
    if (v.reversesId() != null) {
      b.reverses(v.reversesId().toString());
    }
    Map<UUID, Long> fundDeltas = new TreeMap<>();
    for (Voucher.Line line : v.lines()) {
      ChartAccount account = books.requireLeaf(line.accountCode());
      b.post(glAccount(account).id(), Unit.CNY, line.signed());
      long effect = account.fundEffect(line.debit(), line.credit());
      if (line.fundId() != null && effect != 0) {
        fundDeltas.merge(line.fundId(), effect, Math::addExact);
      }
    }
    if (!fundDeltas.isEmpty()) {
      String contra =
          ledgerAccounts.openOnce(Unit.CNY, Funds.FUND_CONTRA_KIND, null, "基金余额对方账户", false).id();
      fundDeltas.forEach(
          (fundId, delta) -> {
            if (delta != 0) {
              Fund fund = funds.find(fundId).orElseThrow();
              fundOfAccount.put(fund.ledgerAccountId(), fundId);
              b.post(fund.ledgerAccountId(), Unit.CNY, delta);
              b.post(contra, Unit.CNY, -delta);
            }
          });
    }
    return b.build();
  }

  /** The CNY ledger account behind a chart account, opened on its first posting. */
  Account glAccount(ChartAccount account) {
    return ledgerAccounts.openOnce(
        Unit.CNY,
        GL_KIND,
        new Account.Owner("CHART_ACCOUNT", account.code()),
        account.code() + " " + account.name(),
        false);
  }

  private static RuntimeException translate(DomainException e, Map<String, UUID> fundOfAccount) {
    return switch (e.code()) {
      case "INSUFFICIENT_BALANCE" -> {
        Object account = e.text().args().isEmpty() ? null : e.text().args().get(0);
        UUID fund = fundOfAccount.get(String.valueOf(account));
        yield DomainException.rule("FUND_BALANCE_INSUFFICIENT").with(String.valueOf(fund));
      }
      case "TRANSACTION_ID_REUSED" -> DomainException.rule("VOUCHER_ID_REUSED");
      case "ALREADY_REVERSED" -> DomainException.conflict("VOUCHER_ALREADY_REVERSED");
      default -> e;
    };
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
