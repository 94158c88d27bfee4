package org.linli.fund.purchase.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The figures the purchase dashboards are made of, read from the transaction tenant's copies and
 * from the rollups of V65 (daily) and V69 (monthly), kept exact by triggers in the orders' own
 * transactions.
 */
public interface DashboardQueries {
  /**
   * Which copies and which part of them: one side, a month range, optionally a contract or party.
   */
  record Scope(Side side, YearMonth from, YearMonth to, String contractId, String partyOrg) {
    public LocalDate firstDay() {
      return from.atDay(1);
    }

    public LocalDate dayAfter() {
      return to.plusMonths(1).atDay(1);
    }
  }

  /** A contract of the scope; {@code partyOrg} is the other side (provider for the buyer). */
  record ContractRow(
      String id,
      String number,
      String title,
      String partyOrg,
      String partyName,
      ContractStatus status,
      LocalDate termStart,
      LocalDate termEnd,
      long budget) {}

  /** An item of a contract's current version. */
  record ItemRow(
      String contractId,
      String code,
      String name,
      ServiceUnit unit,
      long unitPrice,
      int quantity) {}

  /**
   * Orders of one contract, item, month, status and satisfaction (0: not rated); {@code amount} is
   * orders × the unit price of the version in force on each service day, in fen.
   */
  record OrderCell(
      String contractId,
      String itemCode,
      YearMonth month,
      String status,
      int satisfaction,
      long orders,
      long amount) {}

  /** Flags of one contract, rule and status, on orders whose service day is in the scope. */
  record FlagCell(String contractId, AnomalyRule rule, FlagStatus status, long flags) {}

  /** An ACTIVE sample draw of a contract and month: completed orders drawn from, orders drawn. */
  record SampleCell(String contractId, YearMonth month, long population, long sampled) {}

  /** Sampled orders of a draw's month by their latest check result (null: not checked yet). */
  record CheckCell(String contractId, YearMonth month, CheckResult result, long orders) {}

  /** Rectifications of a contract by status; {@code late}: still pending past the deadline. */
  record RectificationCell(String contractId, RectificationStatus status, long count, long late) {}

  /** A rectification still pending (OPEN or ANSWERED) after its deadline. */
  record LateRectification(
      String id,
      String contractId,
      String orderId,
      YearMonth month,
      LocalDate deadline,
      RectificationStatus status,
      long daysOverdue) {}

  /** Settlements of a contract and month by status, in fen. */
  record SettlementCell(
      String contractId,
      YearMonth month,
      SettlementStatus status,
      long settlements,
      long orders,
      long gross,
      long deductions,
      long amountDue) {}

  List<ContractRow> contracts(Scope scope);

  /** The draws whose month is in the scope (the buyer's records; none on the provider's side). */
  List<SampleCell> samples(Scope scope);

  List<CheckCell> checks(Scope scope);

  /**
   * Of rectifications on sampled orders of the scope's months, pending late as of {@code today}.
   */
  List<RectificationCell> rectifications(Scope scope, LocalDate today);

  /** At most {@code limit} late ones, most overdue first. */
  List<LateRectification> lateRectifications(Scope scope, LocalDate today, int limit);

  List<SettlementCell> settlements(Scope scope);

  List<ItemRow> items(Scope scope);

  List<OrderCell> orderCells(Scope scope);

  List<FlagCell> flagCells(Scope scope);
}
