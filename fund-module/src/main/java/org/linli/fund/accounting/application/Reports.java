package org.linli.fund.accounting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.linli.fund.accounting.domain.ActivityStatement;
import org.linli.fund.accounting.domain.BalanceSheet;
import org.linli.fund.accounting.domain.BooksQueries;
import org.linli.fund.accounting.domain.BooksQueries.LedgerLine;
import org.linli.fund.accounting.domain.BooksQueries.MonthTotals;
import org.linli.fund.accounting.domain.CashFlowStatement;
import org.linli.fund.accounting.domain.ChartAccount;
import org.linli.fund.accounting.domain.StandardChart;
import org.linli.fund.accounting.domain.TrialBalance;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.TenantScoped;

/**
 * Read-only reports: trial balance, ledgers and the three statements with their comparative period.
 * Each statement answers with the identities it must satisfy, checked on the spot.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Reports {
  @Inject BooksQueries queries;
  @Inject Books books;

  public record Range(LocalDate from, LocalDate to) {
    public Range {
      if (to.isBefore(from)) {
        throw DomainException.invalidField("to", "INVALID_RANGE");
      }
    }

    /** The same range one year earlier (上年同期). */
    Range yearBefore() {
      return new Range(from.minusYears(1), to.minusYears(1));
    }
  }

  public record BalanceSheets(BalanceSheet current, BalanceSheet comparative, boolean balances) {}

  /**
   * The activity statement with the net assets it must tie to: closing = opening + change, per
   * column, read from the balance sheets at the day before and the last day of the period.
   */
  public record Activities(
      ActivityStatement current,
      ActivityStatement comparative,
      long openingNetAssets,
      long closingNetAssets,
      boolean tiesOut) {}

  public record CashFlows(
      CashFlowStatement current, CashFlowStatement comparative, boolean tiesOut) {}

  public TrialBalance trialBalance(Range r) {
    return TrialBalance.of(r.from(), r.to(), books.chart(), queries.movements(r.from(), r.to()));
  }

  /** At a date, compared with the end of the previous year (年初数). */
  public BalanceSheets balanceSheet(LocalDate at) {
    books.ensureOpen();
    BalanceSheet current = BalanceSheet.of(at, queries.balancesAt(at));
    LocalDate yearStart = LocalDate.of(at.getYear(), 1, 1).minusDays(1);
    BalanceSheet comparative = BalanceSheet.of(yearStart, queries.balancesAt(yearStart));
    return new BalanceSheets(
        current,
        comparative,
        current.totalAssets() == current.totalLiabilitiesAndNetAssets()
            && comparative.totalAssets() == comparative.totalLiabilitiesAndNetAssets());
  }

  public Activities activities(Range r) {
    books.ensureOpen();
    ActivityStatement current = activity(r);
    ActivityStatement comparative = activity(r.yearBefore());
    BalanceSheet opening =
        BalanceSheet.of(r.from().minusDays(1), queries.balancesAt(r.from().minusDays(1)));
    BalanceSheet closing = BalanceSheet.of(r.to(), queries.balancesAt(r.to()));
    boolean ties =
        closing.unrestrictedNetAssets()
                == opening.unrestrictedNetAssets() + current.changeInNetAssets().unrestricted()
            && closing.restrictedNetAssets()
                == opening.restrictedNetAssets() + current.changeInNetAssets().restricted();
    return new Activities(
        current, comparative, opening.totalNetAssets(), closing.totalNetAssets(), ties);
  }

  public CashFlows cashFlows(Range r) {
    books.ensureOpen();
    CashFlowStatement current = cashFlow(r);
    CashFlowStatement comparative = cashFlow(r.yearBefore());
    boolean ties =
        current.closingCash() - current.openingCash() == current.netIncrease()
            && comparative.closingCash() - comparative.openingCash() == comparative.netIncrease();
    return new CashFlows(current, comparative, ties);
  }

  /** Detail ledger (明细账) of an account with its sub-accounts: lines with running balance. */
  public record DetailLedger(ChartAccount account, long opening, Page<LedgerLine> lines) {}

  public DetailLedger detail(String code, Range r, PageRequest page) {
    ChartAccount account = accountForRead(code);
    long opening = queries.balanceBefore(code, r.from());
    String after = page.afterAs(k -> k);
    List<LedgerLine> lines =
        queries.detail(code, r.from(), r.to(), after, page.limit() + 1).stream()
            .map(
                l ->
                    new LedgerLine(
                        l.key(),
                        l.date(),
                        l.voucherId(),
                        l.voucherNumber(),
                        l.accountCode(),
                        l.summary(),
                        l.debit(),
                        l.credit(),
                        opening + l.balance()))
            .toList();
    return new DetailLedger(account, opening, page.page(lines, LedgerLine::key));
  }

  /** General ledger (总账): per month the debits, credits and closing balance. */
  public record GeneralLedger(ChartAccount account, int year, long opening, List<Month> months) {}

  public record Month(String period, long debit, long credit, long closing) {}

  public GeneralLedger general(String code, int year) {
    ChartAccount account = accountForRead(code);
    LocalDate from = LocalDate.of(year, 1, 1);
    long opening = queries.balanceBefore(code, from);
    long running = opening;
    List<Month> months = new java.util.ArrayList<>();
    for (MonthTotals m : queries.monthly(code, from, LocalDate.of(year, 12, 31))) {
      running += m.debit() - m.credit();
      months.add(new Month(m.period(), m.debit(), m.credit(), running));
    }
    return new GeneralLedger(account, year, opening, List.copyOf(months));
  }

  private ChartAccount accountForRead(String code) {
    books.ensureOpen();
    try {
      return books.require(code);
    } catch (DomainException e) {
      // A path segment, not a body reference: an unknown code is not found.
      throw DomainException.notFound("ACCOUNT_NOT_IN_CHART").with(String.valueOf(code));
    }
  }

  private ActivityStatement activity(Range r) {
    return ActivityStatement.of(
        r.from(), r.to(), queries.activity(r.from(), r.to()), queries.released(r.from(), r.to()));
  }

  private CashFlowStatement cashFlow(Range r) {
    LocalDate before = r.from().minusDays(1);
    return CashFlowStatement.of(
        r.from(),
        r.to(),
        queries.counterCash(r.from(), r.to()),
        cash(queries.balancesAt(before)),
        cash(queries.balancesAt(r.to())));
  }

  private static long cash(java.util.Map<String, Long> balances) {
    long s = 0;
    for (var e : balances.entrySet()) {
      for (String c : StandardChart.CASH_CODES) {
        if (e.getKey().startsWith(c)) {
          s += e.getValue();
        }
      }
    }
    return s;
  }
}
