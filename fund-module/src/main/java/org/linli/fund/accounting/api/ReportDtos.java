package org.linli.fund.accounting.api;

import java.time.LocalDate;
import java.util.List;
import org.linli.fund.accounting.application.Reports;
import org.linli.fund.accounting.domain.ActivityStatement;
import org.linli.fund.accounting.domain.BalanceSheet;
import org.linli.fund.accounting.domain.BooksQueries.LedgerLine;
import org.linli.fund.accounting.domain.CashFlowStatement;
import org.linli.fund.accounting.domain.TrialBalance;

/** Bodies of the reports: every amount a decimal string in yuan. */
public final class ReportDtos {
  private ReportDtos() {}

  static String y(long fen) {
    return Amounts.yuan(fen);
  }

  public record TrialBalanceRow(
      String code,
      String name,
      String parentCode,
      String category,
      boolean leaf,
      String openingDebit,
      String openingCredit,
      String debit,
      String credit,
      String closingDebit,
      String closingCredit) {
    static TrialBalanceRow of(TrialBalance.Row r) {
      return new TrialBalanceRow(
          r.account().code(),
          r.account().name(),
          r.account().parentCode(),
          r.account().category().name(),
          r.leaf(),
          y(r.openingDebit()),
          y(r.openingCredit()),
          y(r.movement().debit()),
          y(r.movement().credit()),
          y(r.closingDebit()),
          y(r.closingCredit()));
    }
  }

  public record TrialBalanceTotals(
      String openingDebit,
      String openingCredit,
      String debit,
      String credit,
      String closingDebit,
      String closingCredit,
      boolean balanced) {}

  public record TrialBalanceView(
      LocalDate from, LocalDate to, List<TrialBalanceRow> accounts, TrialBalanceTotals totals) {
    static TrialBalanceView of(TrialBalance t) {
      var s = t.totals();
      return new TrialBalanceView(
          t.from(),
          t.to(),
          t.rows().stream().map(TrialBalanceRow::of).toList(),
          new TrialBalanceTotals(
              y(s.openingDebit()),
              y(s.openingCredit()),
              y(s.debit()),
              y(s.credit()),
              y(s.closingDebit()),
              y(s.closingCredit()),
              s.balanced()));
    }
  }

  public record AmountLine(String key, String name, String amount) {}

  public record BalanceSheetColumn(
      LocalDate at,
      List<AmountLine> assets,
      String totalAssets,
      List<AmountLine> liabilities,
      String totalLiabilities,
      String unrestrictedNetAssets,
      String restrictedNetAssets,
      String totalNetAssets,
      String totalLiabilitiesAndNetAssets) {
    static BalanceSheetColumn of(BalanceSheet b) {
      return new BalanceSheetColumn(
          b.at(),
          b.assets().stream().map(l -> new AmountLine(l.key(), l.name(), y(l.amount()))).toList(),
          y(b.totalAssets()),
          b.liabilities().stream()
              .map(l -> new AmountLine(l.key(), l.name(), y(l.amount())))
              .toList(),
          y(b.totalLiabilities()),
          y(b.unrestrictedNetAssets()),
          y(b.restrictedNetAssets()),
          y(b.totalNetAssets()),
          y(b.totalLiabilitiesAndNetAssets()));
    }
  }

  /** 资产负债表: the date asked for and the end of the previous year (年初数). */
  public record BalanceSheetView(
      BalanceSheetColumn current, BalanceSheetColumn comparative, boolean balances) {
    static BalanceSheetView of(Reports.BalanceSheets b) {
      return new BalanceSheetView(
          BalanceSheetColumn.of(b.current()), BalanceSheetColumn.of(b.comparative()), b.balances());
    }
  }

  public record ActivityLine(
      String key, String name, String unrestricted, String restricted, String total) {
    static ActivityLine of(ActivityStatement.Line l) {
      return new ActivityLine(
          l.key(), l.name(), y(l.unrestricted()), y(l.restricted()), y(l.total()));
    }
  }

  public record ActivityColumn(
      LocalDate from,
      LocalDate to,
      List<ActivityLine> income,
      ActivityLine totalIncome,
      List<ActivityLine> expenses,
      ActivityLine totalExpenses,
      ActivityLine releasedFromRestriction,
      ActivityLine otherNetAssetChanges,
      ActivityLine changeInNetAssets) {
    static ActivityColumn of(ActivityStatement a) {
      return new ActivityColumn(
          a.from(),
          a.to(),
          a.income().stream().map(ActivityLine::of).toList(),
          ActivityLine.of(a.totalIncome()),
          a.expenses().stream().map(ActivityLine::of).toList(),
          ActivityLine.of(a.totalExpenses()),
          ActivityLine.of(a.releasedFromRestriction()),
          ActivityLine.of(a.otherNetAssetChanges()),
          ActivityLine.of(a.changeInNetAssets()));
    }
  }

  /** 业务活动表: the period and the same period a year earlier (上年数), and the tie-out. */
  public record ActivitiesView(
      ActivityColumn current,
      ActivityColumn comparative,
      String openingNetAssets,
      String closingNetAssets,
      boolean tiesOut) {
    static ActivitiesView of(Reports.Activities a) {
      return new ActivitiesView(
          ActivityColumn.of(a.current()),
          ActivityColumn.of(a.comparative()),
          y(a.openingNetAssets()),
          y(a.closingNetAssets()),
          a.tiesOut());
    }
  }

  public record CashFlowSection(
      String activity, List<AmountLine> inflows, List<AmountLine> outflows, String net) {}

  public record CashFlowColumn(
      LocalDate from,
      LocalDate to,
      List<CashFlowSection> sections,
      String netIncrease,
      String openingCash,
      String closingCash) {
    static CashFlowColumn of(CashFlowStatement c) {
      return new CashFlowColumn(
          c.from(),
          c.to(),
          c.sections().stream()
              .map(
                  s ->
                      new CashFlowSection(
                          s.activity().name(),
                          s.inflows().stream()
                              .map(l -> new AmountLine(l.key(), l.name(), y(l.amount())))
                              .toList(),
                          s.outflows().stream()
                              .map(l -> new AmountLine(l.key(), l.name(), y(l.amount())))
                              .toList(),
                          y(s.net())))
              .toList(),
          y(c.netIncrease()),
          y(c.openingCash()),
          y(c.closingCash()));
    }
  }

  /** 现金流量表 (direct method): the period and the same period a year earlier. */
  public record CashFlowView(CashFlowColumn current, CashFlowColumn comparative, boolean tiesOut) {
    static CashFlowView of(Reports.CashFlows c) {
      return new CashFlowView(
          CashFlowColumn.of(c.current()), CashFlowColumn.of(c.comparative()), c.tiesOut());
    }
  }

  public record LedgerLineView(
      LocalDate date,
      String voucherId,
      String voucherNumber,
      String accountCode,
      String summary,
      String debit,
      String credit,
      String balance) {
    static LedgerLineView of(LedgerLine l) {
      return new LedgerLineView(
          l.date(),
          l.voucherId().toString(),
          l.voucherNumber(),
          l.accountCode(),
          l.summary(),
          l.debit() == 0 ? null : y(l.debit()),
          l.credit() == 0 ? null : y(l.credit()),
          y(l.balance()));
    }
  }

  public record MonthView(String period, String debit, String credit, String closing) {}

  public record GeneralLedgerView(
      String code, String name, int year, String opening, List<MonthView> months) {
    static GeneralLedgerView of(Reports.GeneralLedger g) {
      return new GeneralLedgerView(
          g.account().code(),
          g.account().name(),
          g.year(),
          y(g.opening()),
          g.months().stream()
              .map(m -> new MonthView(m.period(), y(m.debit()), y(m.credit()), y(m.closing())))
              .toList());
    }
  }
}
