package org.linli.fund.purchase.domain;

/** 草稿, 待接受, 履行中, 已拒绝, 已终止. */
public enum ContractStatus {
  DRAFT,
  PROPOSED,
  ACTIVE,
  DECLINED,
  TERMINATED
}
