package org.linli.fund.purchase.domain;

import java.time.YearMonth;
import java.util.Map;

/**
 * The extension point for deductions beyond the anomaly flags: a CDI bean implementing it is asked,
 * every time a settlement is drafted (and again on acceptance, which refuses a stale draft), which
 * orders of the contract's month it deducts. The source registered is failed sampling checks
 * ({@code FAILED_CHECK}: an order whose latest check result is 不合格, see FailedChecksDeduction).
 * Runs in the buyer's transaction on the buyer's copy, so it must read only the buyer's own rows
 * and return the same answer for the same data (settlements are reproducible).
 */
public interface SettlementDeductionSource {
  /** Reason of orders with an open anomaly flag (settlement waits for the buyer's decision). */
  String OPEN_FLAG = "OPEN_FLAG";

  /** Reason of orders with a flag the buyer rejected (not paid). */
  String REJECTED_FLAG = "REJECTED_FLAG";

  /** Reason of orders whose sampling check failed (不合格, not rectified). */
  String FAILED_CHECK = "FAILED_CHECK";

  /** The stable reason code written on each order this source deducts, e.g. FAILED_CHECK. */
  String reason();

  /**
   * Order id → detail (at most 500 characters, or null when the reason says it all) for the orders
   * of the month this source deducts.
   */
  Map<String, String> deductions(String contractId, YearMonth month);
}
