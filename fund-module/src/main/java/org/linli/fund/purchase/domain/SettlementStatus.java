package org.linli.fund.purchase.domain;

/**
 * 草稿 → 已确认 (the buyer accepts; immutable from then) → 已开票 (the provider's invoice) → 已付款 (the
 * buyer's payment).
 */
public enum SettlementStatus {
  DRAFT,
  ACCEPTED,
  INVOICED,
  PAID
}
