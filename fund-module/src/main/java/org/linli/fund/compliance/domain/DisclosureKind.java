package org.linli.fund.compliance.domain;

/** What 《慈善组织信息公开办法》 (民政部令第81号, in force 2026-01-01) asks to disclose, and by when. */
public enum DisclosureKind {
  /** 年度工作报告和财务会计报告: by 31 May of the following year. */
  ANNUAL_REPORT,
  /** 重大资产变动、重大投资、重大交易及资金往来 (第十三条): within 30 days of the event. */
  MAJOR_TRANSACTION,
  /** 慈善项目终止后捐赠财产有剩余: how the remainder was handled, within 3 months of the end. */
  PROJECT_LEFTOVER
}
