package org.linli.fund.purchase.domain;

/** 低保, 特困, 低收入, 高龄, 失能 (the level, e.g. 轻度/中度/重度, is free text beside it). */
public enum EligibilityCategory {
  DIBAO,
  TEKUN,
  LOW_INCOME,
  ELDERLY,
  DISABLED
}
