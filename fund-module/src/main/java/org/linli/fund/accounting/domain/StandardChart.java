package org.linli.fund.accounting.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The standard chart of 民间非营利组织会计制度 (财会〔2004〕7号, 会计科目表), seeded into an organization's books when
 * they are opened. Income and expense accounts get the sub-accounts {@code 01} 非限定性 and {@code 02}
 * 限定性, so restriction is read from the code. The 2024 revision adds 服务捐赠: our convention is the
 * unrestricted sub-accounts 410103 捐赠收入-服务捐赠 and 510103 业务活动成本-服务捐赠 (recognized at the same amount
 * on both sides, see ADR 0012).
 */
public final class StandardChart {
  private StandardChart() {}

  private static final String[][] BASE = {
    {"1001", "现金"},
    {"1002", "银行存款"},
    {"1009", "其他货币资金"},
    {"1101", "短期投资"},
    {"1102", "短期投资跌价准备"},
    {"1111", "应收票据"},
    {"1121", "应收账款"},
    {"1122", "其他应收款"},
    {"1131", "坏账准备"},
    {"1141", "预付账款"},
    {"1201", "存货"},
    {"1202", "存货跌价准备"},
    {"1301", "待摊费用"},
    {"1401", "长期股权投资"},
    {"1402", "长期债权投资"},
    {"1421", "长期投资减值准备"},
    {"1501", "固定资产"},
    {"1502", "累计折旧"},
    {"1505", "在建工程"},
    {"1506", "文物文化资产"},
    {"1509", "固定资产清理"},
    {"1601", "无形资产"},
    {"1701", "受托代理资产"},
    {"2101", "短期借款"},
    {"2201", "应付票据"},
    {"2202", "应付账款"},
    {"2203", "预收账款"},
    {"2204", "应付工资"},
    {"2206", "应交税金"},
    {"2209", "其他应付款"},
    {"2301", "预提费用"},
    {"2401", "预计负债"},
    {"2501", "长期借款"},
    {"2502", "长期应付款"},
    {"2601", "受托代理负债"},
    {"3101", "非限定性净资产"},
    {"3102", "限定性净资产"},
    {"4101", "捐赠收入"},
    {"4201", "会费收入"},
    {"4301", "提供服务收入"},
    {"4401", "政府补助收入"},
    {"4501", "商品销售收入"},
    {"4601", "投资收益"},
    {"4901", "其他收入"},
    {"5101", "业务活动成本"},
    {"5201", "管理费用"},
    {"5301", "筹资费用"},
    {"5401", "其他费用"},
  };

  /** Cash accounts: the 现金流量表 is built from their lines. */
  public static final List<String> CASH_CODES = List.of("1001", "1002", "1009");

  /** Every account of the version's chart, parents before children. */
  public static List<ChartAccount> of(ChartVersion version) {
    List<ChartAccount> accounts = new ArrayList<>();
    for (String[] a : BASE) {
      String code = a[0];
      accounts.add(ChartAccount.standard(code, a[1], null));
      char c = code.charAt(0);
      if (c == '4' || c == '5') {
        accounts.add(ChartAccount.standard(code + "01", a[1] + "-非限定性", code));
        accounts.add(ChartAccount.standard(code + "02", a[1] + "-限定性", code));
        if (version == ChartVersion.V2024 && (code.equals("4101") || code.equals("5101"))) {
          accounts.add(ChartAccount.standard(code + "03", a[1] + "-服务捐赠", code));
        }
      }
    }
    return List.copyOf(accounts);
  }
}
