package org.linli.fund.accounting.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linli.fund.accounting.api.ReportDtos.ActivitiesView;
import org.linli.fund.accounting.api.ReportDtos.ActivityLine;
import org.linli.fund.accounting.api.ReportDtos.AmountLine;
import org.linli.fund.accounting.api.ReportDtos.BalanceSheetView;
import org.linli.fund.accounting.api.ReportDtos.CashFlowColumn;
import org.linli.fund.accounting.api.ReportDtos.CashFlowSection;
import org.linli.fund.accounting.api.ReportDtos.CashFlowView;
import org.linli.fund.accounting.api.ReportDtos.TrialBalanceRow;
import org.linli.fund.accounting.api.ReportDtos.TrialBalanceView;
import org.linli.fund.accounting.infrastructure.export.ReportTable;
import org.linli.fund.accounting.infrastructure.export.ReportTable.Row;

/**
 * The printed layouts of the statements (会民非01–03表) and the trial balance, built from the very
 * views the JSON endpoints answer, so a file can never show other figures than the API.
 */
final class StatementTables {
  private StatementTables() {}

  static String date(LocalDate d) {
    return "%d年%02d月%02d日".formatted(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  static String range(LocalDate from, LocalDate to) {
    return date(from) + "至" + date(to);
  }

  /** 资产负债表 (会民非01表): 年初数 and 期末数 per item. */
  static ReportTable balanceSheet(String organization, BalanceSheetView v) {
    var c = v.current();
    var p = v.comparative();
    List<Row> rows = new ArrayList<>();
    rows.add(Row.head("资产"));
    paired(rows, c.assets(), p.assets());
    rows.add(Row.total("资产总计", p.totalAssets(), c.totalAssets()));
    rows.add(Row.head("负债"));
    paired(rows, c.liabilities(), p.liabilities());
    rows.add(Row.total("负债合计", p.totalLiabilities(), c.totalLiabilities()));
    rows.add(Row.head("净资产"));
    rows.add(Row.item("非限定性净资产", p.unrestrictedNetAssets(), c.unrestrictedNetAssets()));
    rows.add(Row.item("限定性净资产", p.restrictedNetAssets(), c.restrictedNetAssets()));
    rows.add(Row.total("净资产合计", p.totalNetAssets(), c.totalNetAssets()));
    rows.add(
        Row.total("负债和净资产总计", p.totalLiabilitiesAndNetAssets(), c.totalLiabilitiesAndNetAssets()));
    return new ReportTable(
        "资产负债表", "会民非01表", organization, date(c.at()), List.of("项目", "年初数", "期末数"), 1, rows);
  }

  private static void paired(List<Row> rows, List<AmountLine> current, List<AmountLine> before) {
    Map<String, AmountLine> earlier = new LinkedHashMap<>();
    before.forEach(l -> earlier.put(l.key(), l));
    for (AmountLine l : current) {
      AmountLine e = earlier.remove(l.key());
      rows.add(Row.item(l.name(), e == null ? null : e.amount(), l.amount()));
    }
    // An item only the comparative column has (其他资产 last year, none now).
    earlier.values().forEach(e -> rows.add(Row.item(e.name(), e.amount(), null)));
  }

  /** 业务活动表 (会民非02表): 本期数 and 上年同期数, each 非限定性/限定性/合计. */
  static ReportTable activities(String organization, ActivitiesView v) {
    var c = v.current();
    var p = v.comparative();
    List<Row> rows = new ArrayList<>();
    rows.add(Row.head("一、收入"));
    for (int i = 0; i < c.income().size(); i++) {
      rows.add(activity(false, c.income().get(i), p.income().get(i)));
    }
    rows.add(activity(true, c.totalIncome(), p.totalIncome()));
    rows.add(Row.head("二、费用"));
    for (int i = 0; i < c.expenses().size(); i++) {
      rows.add(activity(false, c.expenses().get(i), p.expenses().get(i)));
    }
    rows.add(activity(true, c.totalExpenses(), p.totalExpenses()));
    rows.add(activity(false, c.releasedFromRestriction(), p.releasedFromRestriction()));
    rows.add(activity(false, c.otherNetAssetChanges(), p.otherNetAssetChanges()));
    rows.add(activity(true, c.changeInNetAssets(), p.changeInNetAssets()));
    rows.add(Row.item("期初净资产", null, null, v.openingNetAssets()));
    rows.add(Row.item("期末净资产", null, null, v.closingNetAssets()));
    return new ReportTable(
        "业务活动表",
        "会民非02表",
        organization,
        range(c.from(), c.to()),
        List.of("项目", "本期非限定性", "本期限定性", "本期合计", "上年同期非限定性", "上年同期限定性", "上年同期合计"),
        1,
        rows);
  }

  private static Row activity(boolean total, ActivityLine c, ActivityLine p) {
    String[] a = {
      c.unrestricted(), c.restricted(), c.total(), p.unrestricted(), p.restricted(), p.total()
    };
    return total ? Row.total(c.name(), a) : Row.item(c.name(), a);
  }

  private static final Map<String, String> ACTIVITY_HEADS =
      Map.of(
          "OPERATING", "一、业务活动产生的现金流量",
          "INVESTING", "二、投资活动产生的现金流量",
          "FINANCING", "三、筹资活动产生的现金流量");

  private static final Map<String, String> ACTIVITY_NETS =
      Map.of(
          "OPERATING", "业务活动产生的现金流量净额",
          "INVESTING", "投资活动产生的现金流量净额",
          "FINANCING", "筹资活动产生的现金流量净额");

  /** 现金流量表 (会民非03表): 本期数 and 上年同期数; outflows printed as positive amounts. */
  static ReportTable cashFlows(String organization, CashFlowView v) {
    CashFlowColumn c = v.current();
    CashFlowColumn p = v.comparative();
    List<Row> rows = new ArrayList<>();
    for (int s = 0; s < c.sections().size(); s++) {
      CashFlowSection cs = c.sections().get(s);
      CashFlowSection ps = p.sections().get(s);
      rows.add(Row.head(ACTIVITY_HEADS.getOrDefault(cs.activity(), cs.activity())));
      union(rows, cs.inflows(), ps.inflows());
      union(rows, cs.outflows(), ps.outflows());
      rows.add(
          Row.total(ACTIVITY_NETS.getOrDefault(cs.activity(), cs.activity()), cs.net(), ps.net()));
    }
    rows.add(Row.total("四、现金及现金等价物净增加额", c.netIncrease(), p.netIncrease()));
    rows.add(Row.item("期初现金及现金等价物余额", c.openingCash(), p.openingCash()));
    rows.add(Row.item("期末现金及现金等价物余额", c.closingCash(), p.closingCash()));
    return new ReportTable(
        "现金流量表",
        "会民非03表",
        organization,
        range(c.from(), c.to()),
        List.of("项目", "本期数", "上年同期数"),
        1,
        rows);
  }

  /**
   * The current lines in order, each with its comparative amount, then lines only last year had.
   */
  private static void union(List<Row> rows, List<AmountLine> current, List<AmountLine> before) {
    Map<String, AmountLine> earlier = new LinkedHashMap<>();
    before.forEach(l -> earlier.put(l.key(), l));
    for (AmountLine l : current) {
      AmountLine e = earlier.remove(l.key());
      rows.add(Row.item(l.name(), l.amount(), e == null ? null : e.amount()));
    }
    earlier.values().forEach(e -> rows.add(Row.item(e.name(), null, e.amount())));
  }

  /** 科目余额表 (no 会民非 form number: it is a book, not a statement). */
  static ReportTable trialBalance(String organization, TrialBalanceView v) {
    List<Row> rows = new ArrayList<>();
    for (TrialBalanceRow r : v.accounts()) {
      rows.add(
          new Row(
              r.leaf() ? ReportTable.Kind.ITEM : ReportTable.Kind.TOTAL,
              List.of(r.code(), r.name()),
              List.of(
                  r.openingDebit(),
                  r.openingCredit(),
                  r.debit(),
                  r.credit(),
                  r.closingDebit(),
                  r.closingCredit())));
    }
    var t = v.totals();
    rows.add(
        new Row(
            ReportTable.Kind.TOTAL,
            List.of("", "合计"),
            List.of(
                t.openingDebit(),
                t.openingCredit(),
                t.debit(),
                t.credit(),
                t.closingDebit(),
                t.closingCredit())));
    return new ReportTable(
        "科目余额表",
        null,
        organization,
        range(v.from(), v.to()),
        List.of("科目编码", "科目名称", "期初借方", "期初贷方", "本期借方", "本期贷方", "期末借方", "期末贷方"),
        2,
        rows);
  }
}
