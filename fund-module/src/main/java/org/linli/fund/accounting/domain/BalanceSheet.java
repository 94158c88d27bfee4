package org.linli.fund.accounting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 资产负债表 at one date, from the balances of every account (signed debit-positive, fen). Net assets
 * include income and expense not yet closed, by restriction, so the sheet balances on any day:
 * total assets = total liabilities + net assets.
 */
public record BalanceSheet(
    LocalDate at,
    List<Line> assets,
    long totalAssets,
    List<Line> liabilities,
    long totalLiabilities,
    long unrestrictedNetAssets,
    long restrictedNetAssets,
    long totalNetAssets,
    long totalLiabilitiesAndNetAssets) {

  /** One row: an item of the statement and its amount. */
  public record Line(String key, String name, long amount) {}

  /** Items as the 制度's 资产负债表 groups the accounts: codes added, contra codes subtracted. */
  private record Item(String key, String name, List<String> plus, List<String> minus) {}

  private static final List<Item> ASSETS =
      List.of(
          new Item("cash", "货币资金", List.of("1001", "1002", "1009"), List.of()),
          new Item("shortTermInvestments", "短期投资", List.of("1101", "1102"), List.of()),
          new Item("receivables", "应收款项", List.of("1111", "1121", "1122", "1131"), List.of()),
          new Item("prepayments", "预付账款", List.of("1141"), List.of()),
          new Item("inventories", "存货", List.of("1201", "1202"), List.of()),
          new Item("deferredExpenses", "待摊费用", List.of("1301"), List.of()),
          new Item("longTermInvestments", "长期投资", List.of("1401", "1402", "1421"), List.of()),
          new Item("fixedAssets", "固定资产净值", List.of("1501", "1502"), List.of()),
          new Item("constructionInProgress", "在建工程", List.of("1505"), List.of()),
          new Item("culturalRelics", "文物文化资产", List.of("1506"), List.of()),
          new Item("fixedAssetsInLiquidation", "固定资产清理", List.of("1509"), List.of()),
          new Item("intangibleAssets", "无形资产", List.of("1601"), List.of()),
          new Item("entrustedAssets", "受托代理资产", List.of("1701"), List.of()));

  private static final List<Item> LIABILITIES =
      List.of(
          new Item("shortTermBorrowings", "短期借款", List.of("2101"), List.of()),
          new Item("payables", "应付款项", List.of("2201", "2202", "2209"), List.of()),
          new Item("wagesPayable", "应付工资", List.of("2204"), List.of()),
          new Item("taxesPayable", "应交税金", List.of("2206"), List.of()),
          new Item("advancesReceived", "预收账款", List.of("2203"), List.of()),
          new Item("accruedExpenses", "预提费用", List.of("2301"), List.of()),
          new Item("provisions", "预计负债", List.of("2401"), List.of()),
          new Item("longTermBorrowings", "长期借款", List.of("2501"), List.of()),
          new Item("longTermPayables", "长期应付款", List.of("2502"), List.of()),
          new Item("entrustedLiabilities", "受托代理负债", List.of("2601"), List.of()));

  public static BalanceSheet of(LocalDate at, Map<String, Long> balances) {
    List<Line> assets = new ArrayList<>();
    long totalAssets = 0;
    for (Item i : ASSETS) {
      long amount = sum(balances, i.plus()) - sum(balances, i.minus());
      assets.add(new Line(i.key(), i.name(), amount));
      totalAssets += amount;
    }
    // Every 1xxx account, whether listed above or added later, counts in the total.
    long otherAssets = sumClass(balances, '1') - totalAssets;
    if (otherAssets != 0) {
      assets.add(new Line("otherAssets", "其他资产", otherAssets));
      totalAssets += otherAssets;
    }
    List<Line> liabilities = new ArrayList<>();
    long totalLiabilities = 0;
    for (Item i : LIABILITIES) {
      long amount = -(sum(balances, i.plus()) - sum(balances, i.minus()));
      liabilities.add(new Line(i.key(), i.name(), amount));
      totalLiabilities += amount;
    }
    long otherLiabilities = -sumClass(balances, '2') - totalLiabilities;
    if (otherLiabilities != 0) {
      liabilities.add(new Line("otherLiabilities", "其他负债", otherLiabilities));
      totalLiabilities += otherLiabilities;
    }
    long unrestricted = 0;
    long restricted = 0;
    for (var e : balances.entrySet()) {
      char c = e.getKey().charAt(0);
      if (c == '3' || c == '4' || c == '5') {
        if (ChartAccount.restrictedCode(e.getKey())) {
          restricted -= e.getValue();
        } else {
          unrestricted -= e.getValue();
        }
      }
    }
    long netAssets = unrestricted + restricted;
    return new BalanceSheet(
        at,
        List.copyOf(assets),
        totalAssets,
        List.copyOf(liabilities),
        totalLiabilities,
        unrestricted,
        restricted,
        netAssets,
        totalLiabilities + netAssets);
  }

  static long sum(Map<String, Long> balances, List<String> prefixes) {
    long s = 0;
    for (var e : balances.entrySet()) {
      for (String p : prefixes) {
        if (e.getKey().startsWith(p)) {
          s += e.getValue();
        }
      }
    }
    return s;
  }

  static long sumClass(Map<String, Long> balances, char first) {
    return balances.entrySet().stream()
        .filter(e -> e.getKey().charAt(0) == first)
        .mapToLong(Map.Entry::getValue)
        .sum();
  }
}
