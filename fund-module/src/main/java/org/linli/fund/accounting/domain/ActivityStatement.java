package org.linli.fund.accounting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 业务活动表 for a period, with unrestricted and restricted columns, from the period's movements (signed
 * debit-positive, closing vouchers left out) and the amount released from restriction. The change
 * in net assets ties to the balance sheets: closing net assets = opening + change.
 */
public record ActivityStatement(
    LocalDate from,
    LocalDate to,
    List<Line> income,
    Line totalIncome,
    List<Line> expenses,
    Line totalExpenses,
    Line releasedFromRestriction,
    Line otherNetAssetChanges,
    Line changeInNetAssets) {

  /** One row with its two columns; total = unrestricted + restricted. */
  public record Line(String key, String name, long unrestricted, long restricted) {
    public long total() {
      return unrestricted + restricted;
    }
  }

  private static final String[][] INCOME = {
    {"4101", "donations", "捐赠收入"},
    {"4201", "membershipFees", "会费收入"},
    {"4301", "serviceRevenue", "提供服务收入"},
    {"4401", "governmentGrants", "政府补助收入"},
    {"4501", "salesRevenue", "商品销售收入"},
    {"4601", "investmentIncome", "投资收益"},
    {"4901", "otherIncome", "其他收入"},
  };

  private static final String[][] EXPENSES = {
    {"5101", "programExpenses", "业务活动成本"},
    {"5201", "administrativeExpenses", "管理费用"},
    {"5301", "fundraisingExpenses", "筹资费用"},
    {"5401", "otherExpenses", "其他费用"},
  };

  /**
   * @param movements the period's movement per account code, closing vouchers excluded
   * @param released the amount moved from 3102 to 3101 by release vouchers in the period
   */
  public static ActivityStatement of(
      LocalDate from, LocalDate to, Map<String, Long> movements, long released) {
    List<Line> income = rows(INCOME, movements, -1);
    List<Line> expenses = rows(EXPENSES, movements, 1);
    Line totalIncome = total("totalIncome", "收入合计", income);
    Line totalExpenses = total("totalExpenses", "费用合计", expenses);
    Line release = new Line("releasedFromRestriction", "限定性净资产转为非限定性净资产", released, -released);
    // Direct entries to 3101/3102 other than releases (e.g. prior-year adjustments).
    long direct3101 = -BalanceSheet.sum(movements, List.of("3101"));
    long direct3102 = -BalanceSheet.sum(movements, List.of("3102"));
    Line other =
        new Line("otherNetAssetChanges", "其他净资产变动", direct3101 - released, direct3102 + released);
    Line change =
        new Line(
            "changeInNetAssets",
            "净资产变动额",
            totalIncome.unrestricted()
                - totalExpenses.unrestricted()
                + released
                + other.unrestricted(),
            totalIncome.restricted() - totalExpenses.restricted() - released + other.restricted());
    return new ActivityStatement(
        from, to, income, totalIncome, expenses, totalExpenses, release, other, change);
  }

  private static List<Line> rows(String[][] items, Map<String, Long> movements, int sign) {
    List<Line> lines = new ArrayList<>();
    for (String[] i : items) {
      long u = 0;
      long r = 0;
      for (var e : movements.entrySet()) {
        if (e.getKey().startsWith(i[0])) {
          if (ChartAccount.restrictedCode(e.getKey())) {
            r += sign * e.getValue();
          } else {
            u += sign * e.getValue();
          }
        }
      }
      lines.add(new Line(i[1], i[2], u, r));
    }
    // Income or expense accounts outside the standard items (none in the standard chart).
    return List.copyOf(lines);
  }

  private static Line total(String key, String name, List<Line> lines) {
    return new Line(
        key,
        name,
        lines.stream().mapToLong(Line::unrestricted).sum(),
        lines.stream().mapToLong(Line::restricted).sum());
  }
}
