package org.linli.fund.accounting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 现金流量表, direct method: every cash line (1001/1002/1009) is attributed to the other lines of its
 * voucher, so each counter line's amount (credit positive) is cash in or out, classified by the
 * counter account. The attributions of a voucher sum to its net cash movement, so the statement's
 * net increase always equals closing minus opening cash.
 */
public record CashFlowStatement(
    LocalDate from,
    LocalDate to,
    List<Section> sections,
    long netIncrease,
    long openingCash,
    long closingCash) {

  public enum Activity {
    OPERATING,
    INVESTING,
    FINANCING
  }

  public record Line(String key, String name, long amount) {}

  public record Section(Activity activity, List<Line> inflows, List<Line> outflows, long net) {}

  /** Which item a counter account's cash goes to, for cash in and for cash out. */
  private record Rule(String prefix, Activity activity, String[] in, String[] out) {}

  private static final String[] OTHER_IN = {"otherOperatingReceipts", "收到的其他与业务活动有关的现金"};
  private static final String[] OTHER_OUT = {"otherOperatingPayments", "支付的其他与业务活动有关的现金"};

  private static final List<Rule> RULES =
      List.of(
          rule("4101", Activity.OPERATING, "donationsReceived", "接受捐赠收到的现金", null, null),
          rule("4201", Activity.OPERATING, "feesReceived", "收取会费收到的现金", null, null),
          rule("4301", Activity.OPERATING, "servicesReceived", "提供服务收到的现金", null, null),
          rule("4401", Activity.OPERATING, "grantsReceived", "政府补助收到的现金", null, null),
          rule("4501", Activity.OPERATING, "salesReceived", "销售商品收到的现金", null, null),
          rule("5101", Activity.OPERATING, null, null, "grantsPaid", "提供捐赠或者资助支付的现金"),
          rule("2204", Activity.OPERATING, null, null, "staffPaid", "支付给员工以及为员工支付的现金"),
          rule("1201", Activity.OPERATING, null, null, "purchasesPaid", "购买商品、接受服务支付的现金"),
          rule("2202", Activity.OPERATING, null, null, "purchasesPaid", "购买商品、接受服务支付的现金"),
          rule("2201", Activity.OPERATING, null, null, "purchasesPaid", "购买商品、接受服务支付的现金"),
          rule("1141", Activity.OPERATING, null, null, "purchasesPaid", "购买商品、接受服务支付的现金"),
          rule(
              "4601",
              Activity.INVESTING,
              "investmentIncomeReceived",
              "取得投资收益所收到的现金",
              "investmentsPaid",
              "投资所支付的现金"),
          rule(
              "1101",
              Activity.INVESTING,
              "investmentsRecovered",
              "收回投资所收到的现金",
              "investmentsPaid",
              "投资所支付的现金"),
          rule(
              "1102",
              Activity.INVESTING,
              "investmentsRecovered",
              "收回投资所收到的现金",
              "investmentsPaid",
              "投资所支付的现金"),
          rule(
              "1401",
              Activity.INVESTING,
              "investmentsRecovered",
              "收回投资所收到的现金",
              "investmentsPaid",
              "投资所支付的现金"),
          rule(
              "1402",
              Activity.INVESTING,
              "investmentsRecovered",
              "收回投资所收到的现金",
              "investmentsPaid",
              "投资所支付的现金"),
          rule(
              "1421",
              Activity.INVESTING,
              "investmentsRecovered",
              "收回投资所收到的现金",
              "investmentsPaid",
              "投资所支付的现金"),
          rule(
              "15",
              Activity.INVESTING,
              "fixedAssetsSold",
              "处置固定资产和无形资产所收回的现金",
              "fixedAssetsBought",
              "购建固定资产和无形资产所支付的现金"),
          rule(
              "1601",
              Activity.INVESTING,
              "fixedAssetsSold",
              "处置固定资产和无形资产所收回的现金",
              "fixedAssetsBought",
              "购建固定资产和无形资产所支付的现金"),
          rule("2101", Activity.FINANCING, "borrowed", "借款所收到的现金", "repaid", "偿还借款所支付的现金"),
          rule("2501", Activity.FINANCING, "borrowed", "借款所收到的现金", "repaid", "偿还借款所支付的现金"),
          rule(
              "2502",
              Activity.FINANCING,
              "otherFinancingReceipts",
              "收到的其他与筹资活动有关的现金",
              "otherFinancingPayments",
              "支付的其他与筹资活动有关的现金"));

  private static Rule rule(
      String prefix, Activity a, String inKey, String inName, String outKey, String outName) {
    return new Rule(
        prefix,
        a,
        inKey == null ? OTHER_IN : new String[] {inKey, inName},
        outKey == null ? OTHER_OUT : new String[] {outKey, outName});
  }

  /**
   * @param counterCash per counter account code, the net cash it brought (positive) or took
   */
  public static CashFlowStatement of(
      LocalDate from,
      LocalDate to,
      Map<String, Long> counterCash,
      long openingCash,
      long closingCash) {
    Map<Activity, Map<String, Line>> in = new LinkedHashMap<>();
    Map<Activity, Map<String, Line>> out = new LinkedHashMap<>();
    for (Activity a : Activity.values()) {
      in.put(a, new LinkedHashMap<>());
      out.put(a, new LinkedHashMap<>());
    }
    for (var e : counterCash.entrySet()) {
      long amount = e.getValue();
      if (amount == 0) {
        continue;
      }
      Rule r =
          RULES.stream()
              .filter(x -> e.getKey().startsWith(x.prefix()))
              .findFirst()
              .orElse(new Rule("", Activity.OPERATING, OTHER_IN, OTHER_OUT));
      String[] item = amount > 0 ? r.in() : r.out();
      var target = (amount > 0 ? in : out).get(r.activity());
      Line before = target.getOrDefault(item[0], new Line(item[0], item[1], 0));
      target.put(item[0], new Line(item[0], item[1], before.amount() + Math.abs(amount)));
    }
    List<Section> sections = new ArrayList<>();
    long net = 0;
    for (Activity a : Activity.values()) {
      long i = in.get(a).values().stream().mapToLong(Line::amount).sum();
      long o = out.get(a).values().stream().mapToLong(Line::amount).sum();
      sections.add(
          new Section(a, List.copyOf(in.get(a).values()), List.copyOf(out.get(a).values()), i - o));
      net += i - o;
    }
    return new CashFlowStatement(from, to, List.copyOf(sections), net, openingCash, closingCash);
  }
}
