package org.linli.fund.purchase.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The caller's copies of settlements, and the month's figures computed from its orders. */
public interface SettlementRepository {
  Optional<Settlement> find(String id);

  Optional<Settlement> findByMonth(String contractId, YearMonth month);

  /** Newest month first; optionally one contract's. */
  List<Settlement> list(String contractId, String afterMonth, String afterId, int limit);

  /**
   * Creates the draft (or takes the existing one, version + 1) and computes its deducted orders,
   * lines, totals and the fingerprint of the month's order set from the buyer's copy of the month's
   * completed orders and their flags; then applies {@code extra} deductions (reason → order id →
   * detail). Returns the stored draft.
   */
  Settlement draft(
      String id,
      Contract contract,
      YearMonth month,
      Map<String, Map<String, String>> extra,
      String by,
      Instant at);

  /**
   * Whether the stored draft still matches the orders: a completed order of the month missing, an
   * order no longer completed, a flag outcome changed, or another set of {@code extra} deductions.
   */
  boolean stale(Settlement s, Map<String, Map<String, String>> extra);

  /** DRAFT → ACCEPTED if still at {@code version}; false when another call got there first. */
  boolean markAccepted(String id, int version, String by, String byId, Instant at);

  /**
   * The settlement's paid orders (the month's completed orders less the deducted ones) become
   * SETTLED set-wise, their SETTLED step being the settlement's acceptance; returns how many
   * changed.
   */
  int settleOrders(Settlement s, Instant at);

  boolean markInvoiced(
      String id, int version, String invoiceNo, long amount, String by, Instant at);

  boolean markPaid(
      String id, int version, LocalDate paidOn, String reference, String by, Instant at);

  void recordVouchers(String id, String accrualVoucherId, String paymentVoucherId);

  List<SettlementLine> lines(String settlementId);

  /**
   * The settlement's orders by id; {@code paid} true/false or null for all. Only the deducted ones
   * are stored; the paid ones are derived from the month's orders.
   */
  List<SettledOrder> orders(Settlement s, Boolean paid, String afterId, int limit);

  /** Whether the provider of the caller's (buyer's) contract has opened its books. */
  boolean providerBooksOpen(String contractId);

  /** Per item of the contract: accepted settlements' counts and amounts (fen), by item code. */
  Map<String, long[]> settledByItem(String contractId);

  /** Accepted and paid totals of the contract's settlements (fen): {accepted, paid}. */
  long[] settledTotals(String contractId);

  /** Follows the caller's settlement on the other side's copy (the peer function of V63). */
  String follow(String id);

  /**
   * Serializes the provider's postings of one contract (transaction advisory lock), so the
   * after-commit posting and a provider's own call never race on the contract's project.
   */
  void lockBooks(String contractId);
}
